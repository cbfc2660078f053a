#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 21916:
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

/***/ 61621:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ checkCommand),
/* harmony export */   terminalRange: () => (/* binding */ terminalRange)
/* harmony export */ });
/* harmony import */ var _lockstep_core_contract_inputs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(44731);
/* harmony import */ var _lockstep_core_report_view__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(57987);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7733);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(93932);
/* harmony import */ var _run_command_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(29027);
/* harmony import */ var _top_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(68741);
/* harmony import */ var _world_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(45504);







/**
 * `lockstep check`: the chart-bump-check action's operation between --base
 * and --head; exit 1 when the check fails. Without --base it compares with the
 * default branch (origin's, else the local one); without --head it checks
 * HEAD, or the work tree when it has uncommitted changes (and says so).
 */
const checkCommand = {
    name: 'check',
    description: 'Fail when a Helm chart changed between two refs without a correct version bump (the chart-bump-check action)',
    define(cmd, io) {
        const inputs = (0,_flags_js__WEBPACK_IMPORTED_MODULE_2__/* .addActionFlags */ .z3)(cmd, 'chart-bump-check');
        // The flags keep the action's descriptions; a terminal has no pull request, so its defaults are said here.
        cmd.addHelpText('after', "\nIn a terminal: --base defaults to origin's default branch, else the local default branch (init.defaultBranch, main or master);\n--head to HEAD, or to the work tree when it has uncommitted changes (checked as if committed). A line on stderr says which.\n");
        (0,_command_js__WEBPACK_IMPORTED_MODULE_6__/* .jsonOption */ .E)(cmd, 'ok, the commits compared, changed-charts, errors and warnings');
        cmd.action(async (opts) => {
            // Loaded here, not with the program: the operation's request, as in the action (its run starts git before it loads its libraries).
            const { check } = await __nccwpck_require__.e(/* import() */ 4419).then(__nccwpck_require__.bind(__nccwpck_require__, 54419));
            // Every flag is checked before git is asked anything: a bad --breaking is said as such, even in an empty repository.
            const typed = inputs(opts);
            await check.request(new _lockstep_core_contract_inputs__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0((name) => (name === 'base' || name === 'head' ? typed(name) || 'HEAD' : typed(name))), (0,_world_js__WEBPACK_IMPORTED_MODULE_5__/* .cliWorld */ .f)(io, io.cwd));
            // From any folder of the repository, as git: the workspace is its top.
            const at = (0,_top_js__WEBPACK_IMPORTED_MODULE_4__/* .fromTop */ .k)(io.cwd, cmd, typed);
            const read = at.source;
            const range = await terminalRange(io, at.workspace, read);
            if ('nothing' in range) {
                // On the default branch with no tag and no remote: nothing to compare with, said, never "passed".
                io.stdout(`${range.nothing}\n`);
                io.stderr('pass --base with the commit or tag to compare with (e.g. --base HEAD~1), or tag each release\n');
                return;
            }
            const { base, head } = range;
            const source = (name) => (name === 'base' ? (base ?? '') : name === 'head' ? (head ?? '') : read(name));
            // Each failure then prints as `path:line: what — how to fix` on stderr, and the exit code is 1.
            await (0,_run_command_js__WEBPACK_IMPORTED_MODULE_3__/* .runCommand */ .d)(check, io, { source, world: (0,_world_js__WEBPACK_IMPORTED_MODULE_5__/* .cliWorld */ .f)(io, at.workspace), json: opts.json === true, said: (r) => r.range.fetched });
        });
    },
};
/**
 * What check compares in a terminal, where no pull request says it: --base, else the default branch
 * (origin's, else the local one; on that branch itself its last tag), and --head, else the work tree
 * as a commit when it has uncommitted changes, else HEAD; each default said on stderr. `nothing`
 * when there is nothing to compare with (the local default branch with no tag and no remote). On a
 * merge queue branch (or with --head naming one) the head is that branch and --base defaults to the
 * branch the queue merges into: the check then refuses as the action does on `merge_group`.
 */
async function terminalRange(io, workspace, read) {
    const given = new _lockstep_core_contract_inputs__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0(read);
    const base = given.optional('base');
    let head = given.optional('head');
    // Both given: a head naming a merge queue branch is read as the queue entry by the request itself.
    if (base !== undefined && head !== undefined)
        return { base, head };
    const { resolveWorkingDirectory } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 92536));
    const { gitSpawner } = await __nccwpck_require__.e(/* import() */ 7850).then(__nccwpck_require__.bind(__nccwpck_require__, 57850));
    const { checkedOutQueueEntry, defaultCheckBase, queueCheckBase } = await __nccwpck_require__.e(/* import() */ 6285).then(__nccwpck_require__.bind(__nccwpck_require__, 6285));
    const { queueBranchOf } = await __nccwpck_require__.e(/* import() */ 4958).then(__nccwpck_require__.bind(__nccwpck_require__, 64958));
    const { workTreeSnapshot } = await Promise.all(/* import() */[__nccwpck_require__.e(7850), __nccwpck_require__.e(8545)]).then(__nccwpck_require__.bind(__nccwpck_require__, 68545));
    const root = resolveWorkingDirectory(workspace, given.string('working-directory', '.'));
    const git = gitSpawner(root, { ...io.env });
    // On a merge queue branch the entry is checked as the queue checks it: its commit (GitHub's, read-only), by its ref.
    const onQueue = head === undefined ? await checkedOutQueueEntry(git) : undefined;
    if (onQueue)
        head = onQueue.ref;
    const queue = onQueue?.entry ?? (head !== undefined ? queueBranchOf(head) : undefined);
    if (head === undefined) {
        const snap = await workTreeSnapshot(root, { ...io.env });
        if (snap) {
            head = snap.commit;
            const shown = snap.paths.slice(0, 3).join(', ') + (snap.paths.length > 3 ? `, and ${snap.paths.length - 3} more` : '');
            io.stderr(`checking the work tree: ${snap.paths.length} uncommitted change${snap.paths.length === 1 ? '' : 's'} (${(0,_lockstep_core_report_view__WEBPACK_IMPORTED_MODULE_1__/* .terminalSafe */ .kJ)(shown)}) on top of HEAD ${snap.head.slice(0, 12)}, as if committed (pass --head HEAD to check the last commit only)\n`);
        }
    }
    if (base !== undefined)
        return { base, head };
    if (queue) {
        const into = await queueCheckBase(git, queue);
        io.stderr(`${into.said}\n`);
        return { base: into.ref, head, label: into.label };
    }
    const found = await defaultCheckBase(git, head ?? 'HEAD');
    if (found.ref === undefined)
        return { nothing: found.said };
    io.stderr(`${found.said}\n`);
    return { base: found.ref, head, label: found.label };
}


/***/ }),

/***/ 93932:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ jsonOption)
/* harmony export */ });
/**
 * Adds `--json`, the same for every command: one JSON document on stdout in the shape docs/cli.md
 * describes (schema-version and command first, kebab-case keys named as the action's outputs, no JSON
 * inside strings). `keys` names what this command's document holds after those two.
 */
function jsonOption(cmd, keys) {
    cmd.option('--json', `print one JSON document on stdout instead of the table: schema-version, command, then ${keys}; kebab-case keys as the action's outputs, no JSON inside strings (docs/cli.md)`);
}


/***/ }),

/***/ 96970:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ ShownFailure),
/* harmony export */   u: () => (/* binding */ UsageRefusal)
/* harmony export */ });
/* harmony import */ var commander__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(21829);

// How a command that ran ends other than done, carried to the one report (program.ts): light, since
// the program loads it at every start.
/** A refusal that is the command line's own mistake, carried to the one place that reports (program.ts): usage, exit 2. */
class UsageRefusal extends commander__WEBPACK_IMPORTED_MODULE_0__/* .CommanderError */ .b7 {
    error;
    constructor(error) {
        super(2, 'lockstep.usage', error.message);
        this.error = error;
    }
}
/**
 * A result that was shown and ends the run in failure (exit 1), carried to the one place that reports
 * (program.ts): the failure's lines on stderr and, with --json, the result's document saying how it ended.
 */
class ShownFailure extends Error {
    failure;
    outcome;
    /** The result's --json document (without outcome and errors: the report adds them); absent without --json. */
    doc;
    constructor(failure, outcome, doc) {
        super(failure.message);
        this.failure = failure;
        this.outcome = outcome;
        this.doc = doc;
    }
}


/***/ }),

/***/ 7733:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EY: () => (/* binding */ PATH_INPUTS),
/* harmony export */   dc: () => (/* binding */ oneValueEach),
/* harmony export */   tc: () => (/* binding */ flagsExcept),
/* harmony export */   z3: () => (/* binding */ addActionFlags)
/* harmony export */ });
/* unused harmony exports actionSettings, addSettingFlags */
/* harmony import */ var commander__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(21829);
/* harmony import */ var _lockstep_core_contract_inputs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(44731);
/* harmony import */ var _lockstep_core_settings_tables__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(83602);



/** The settings of `action`, as its table declares them (a programming error for an unknown action). */
function actionSettings(action) {
    const table = _lockstep_core_settings_tables__WEBPACK_IMPORTED_MODULE_2__/* .ACTION_TABLES */ .XL.find((t) => t.action === action);
    if (!table)
        throw new Error(`no settings table for action ${action}`);
    return table.settings;
}
/**
 * A setting whose empty value is a value: text that overrides a config key (`--tag-prefix ""` releases
 * tags without the config's `v`). Typed empty, it is passed as EXPLICIT_EMPTY, which the runner never sends.
 */
const emptyIsValue = (s) => s.kind === 'string' && s.config !== undefined;
/** Flags whose value is a list (their setting's kind): given twice, the usage error shows the one comma list to give. */
const LIST_FLAGS = new WeakSet();
const LIST_KINDS = new Set(['list', 'path-list', 'glob-list']);
/** A setting that is a switch pair on the command line: a true/false input with a default. */
const isSwitch = (s) => s.kind === 'bool' && (s.default === 'true' || s.default === 'false');
/**
 * Inputs whose values are paths: typed on the command line, they are relative to the folder typed in
 * (packages/cli/src/top.ts rebases them); the action reads them relative to working-directory.
 */
const PATH_INPUTS = new Set(_lockstep_core_settings_tables__WEBPACK_IMPORTED_MODULE_2__/* .ACTION_TABLES */ .XL.flatMap((t) => t.settings.filter((s) => s.kind === 'path' || s.kind === 'path-list').map((s) => s.input)));
/**
 * Adds one flag per setting of `action` (its input name, docs line and
 * default): `--name <value>`, or for a true/false input `--name` and
 * `--no-name`. A secret is never a flag (a secret on the command line would
 * land in shell history and `ps`: the commands read it from stdin). Returns
 * how to read the flags back as the action's inputs.
 */
function addActionFlags(cmd, action, only) {
    return addSettingFlags(cmd, actionSettings(action).filter((s) => only === undefined || only.includes(s.input)));
}
/** addActionFlags for any list of settings (a table's, or a test's). */
function addSettingFlags(cmd, all) {
    const settings = all.filter((s) => s.kind !== 'secret');
    const read = [];
    for (const s of settings) {
        if (isSwitch(s)) {
            const on = new commander__WEBPACK_IMPORTED_MODULE_0__/* .Option */ .c$(`--${s.input}`, s.docs);
            cmd.addOption(on);
            cmd.addOption(new commander__WEBPACK_IMPORTED_MODULE_0__/* .Option */ .c$(`--no-${s.input}`, s.default === 'true' ? `turn ${s.input} off (it is on by default)` : `leave ${s.input} off (the default)`));
            read.push([s, on.attributeName()]);
        }
        else {
            const opt = new commander__WEBPACK_IMPORTED_MODULE_0__/* .Option */ .c$(`--${s.input} <value>`, s.docs);
            if ((s.default ?? '') !== '')
                opt.default(s.default);
            if (s.required)
                opt.makeOptionMandatory();
            if (LIST_KINDS.has(s.kind))
                LIST_FLAGS.add(opt);
            cmd.addOption(opt);
            read.push([s, opt.attributeName()]);
        }
    }
    return (opts) => {
        const values = {};
        // What the runner would pass: the flag's value, else the table's default.
        for (const [s, key] of read) {
            const v = opts[key];
            values[s.input] = v === undefined ? (s.default ?? '') : v === '' && emptyIsValue(s) ? _lockstep_core_contract_inputs__WEBPACK_IMPORTED_MODULE_1__/* .EXPLICIT_EMPTY */ .B3 : String(v);
        }
        return (0,_lockstep_core_contract_inputs__WEBPACK_IMPORTED_MODULE_1__/* .mapInputs */ .k3)(values);
    };
}
/** Every input of `action` but those the command handles itself, as flags. */
function flagsExcept(cmd, action, own) {
    return addActionFlags(cmd, action, actionSettings(action)
        .map((s) => s.input)
        .filter((n) => !own.has(n)));
}
/** A value as the usage error shows it: quoted, on one line whatever it holds. */
const shown = (value) => (value == null ? 'without a value' : JSON.stringify(value));
/** Text a shell takes as one word without quoting (the comma list suggested is shown only then). */
const PLAIN_WORD = /^[A-Za-z0-9._/:@*?{}=+,%~^-]+$/;
/**
 * Every flag of `cmd` that takes a value takes it once: given twice (`--to staging --to prod`, `--push
 * --push direct`, `--env=dev --env staging`), the command stops before it runs with one usage line naming the
 * flag and both values (exit 2), instead of commander's keeping the last one silently. A list flag's line
 * says the comma list to give. A flag whose declaration says how to take more (an argument parser, as
 * metrics' `--env` collects each one, or a variadic flag) is left to it; switches (`--json`, `--no-x`) take no value.
 */
function oneValueEach(cmd) {
    const given = new Map();
    for (const option of cmd.options) {
        if ((!option.required && !option.optional) || option.variadic || option.parseArg)
            continue;
        const flag = option.long ?? option.flags;
        cmd.on(`option:${option.name()}`, (value) => {
            const values = [...(given.get(option) ?? []), value];
            given.set(option, values);
            if (values.length < 2)
                return;
            const [first, second] = values;
            const list = [first, second].filter((v) => typeof v === 'string' && v !== '').join(',');
            const fix = LIST_FLAGS.has(option) && PLAIN_WORD.test(list)
                ? `give it once, with a comma-separated list: ${flag} ${list}`
                : 'give it once: it takes one value';
            cmd.error(`error: ${flag} is given twice (${shown(first)}, then ${shown(second)}) — ${fix}`, {
                exitCode: 2,
                code: 'lockstep.repeatedFlag',
            });
        });
    }
}


/***/ }),

/***/ 91920:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  r: () => (/* binding */ maskingIo),
  P: () => (/* binding */ nodeIo)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: ./packages/core/src/text/secrets.ts
var text_secrets = __nccwpck_require__(41068);
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
        chr = (0,external_node_fs_.fstatSync)(fd).isCharacterDevice();
    }
    catch {
        return false;
    }
    return chr && process.getBuiltinModule('node:tty').isatty(fd);
}

;// CONCATENATED MODULE: ./packages/cli/src/progress.ts
/** Date.now and an unref'd interval. */
const systemProgressClock = {
    now: () => Date.now(),
    every(ms, tick) {
        const t = setInterval(tick, ms);
        t.unref();
        return () => clearInterval(t);
    },
};
const CLEAR = '\r\x1b[K';
/**
 * One self-updating line on a terminal for work that runs long: nothing is
 * drawn until a stretch has run `thresholdMs` (quick runs stay quiet), then
 * `what done/total (N s)` is redrawn on each update and every `tickMs`.
 * Undefined when the stream is not a terminal: pipes and logs get no progress.
 */
function ttyProgress(stream, opts = {}) {
    if (stream.isTTY !== true)
        return undefined;
    const clock = opts.clock ?? systemProgressClock;
    const threshold = opts.thresholdMs ?? 1000;
    let current;
    let drawn = false;
    const draw = () => {
        if (!current)
            return;
        const elapsed = clock.now() - current.start;
        if (elapsed < threshold)
            return;
        const { what, done, total } = current.p;
        const count = done === undefined ? '' : total === undefined ? ` ${done}` : ` ${done}/${total}`;
        stream.write(`${CLEAR}${what}${count} (${(elapsed / 1000).toFixed(1)} s)`);
        drawn = true;
    };
    const clear = () => {
        if (drawn)
            stream.write(CLEAR);
        drawn = false;
    };
    const end = () => {
        clear();
        current?.stop();
        current = undefined;
    };
    return {
        update(p) {
            if (p.done !== undefined && p.total !== undefined && p.done >= p.total)
                return end();
            // A new kind of work starts its own stretch (and its own threshold).
            if (current && current.p.what !== p.what)
                end();
            if (!current)
                current = { p, start: clock.now(), stop: clock.every(opts.tickMs ?? 200, draw) };
            current.p = p;
            draw();
        },
        clear,
        end,
    };
}

;// CONCATENATED MODULE: ./packages/cli/src/io.ts




/**
 * The real process: stdout/stderr, colour only on a TTY without NO_COLOR (https://no-color.org).
 * Written with text/stdio.ts, so a run whose output is piped never creates process.stdout/stderr;
 * on a terminal stderr goes through process.stderr, which the progress line draws on, to keep their order.
 */
function nodeIo() {
    const noColor = process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '';
    const errTerminal = isTerminal(2);
    if (errTerminal)
        stderr.viaStream();
    return {
        cwd: process.cwd(),
        env: process.env,
        stdout: (t) => stdout.write(t),
        stdoutBytes: (b) => stdout.writeBytes(b),
        stderr: (t) => stderr.write(t),
        color: !noColor && isTerminal(1),
        oneScreen: errTerminal && isTerminal(1),
        readStdin: () => (0,external_node_fs_.readFileSync)(0, 'utf8'),
        progress: errTerminal ? ttyProgress(process.stderr) : undefined,
    };
}
/**
 * Wraps an io so that every registered secret is replaced by `***` in
 * whatever is written, as the runner's add-mask does for the actions. Every
 * line passes here, so it also erases a progress line before writing one.
 */
function maskingIo(io) {
    const secrets = new Set();
    // Every form of each secret (raw, URL-encoded, base64, as Basic credentials), as the actions' failure path redacts them.
    const mask = (t) => (0,text_secrets/* redact */.E)(t, secrets);
    const write = (to) => (t) => {
        io.progress?.clear();
        to(mask(t));
    };
    const out = write(io.stdout);
    const raw = io.stdoutBytes;
    // Bytes holding no form of a secret go as they are (UTF-8 is self-synchronising: a form's bytes are found
    // exactly where the text holds the form); bytes that hold one are masked as text.
    const stdoutBytes = raw
        ? (b) => {
            const view = Buffer.from(b.buffer, b.byteOffset, b.length);
            if ([...secrets].flatMap(text_secrets/* secretForms */.e).some((f) => view.includes(f, 0, 'utf8')))
                out(view.toString('utf8'));
            else {
                io.progress?.clear();
                raw(b);
            }
        }
        : undefined;
    return {
        ...io,
        stdout: out,
        ...(stdoutBytes ? { stdoutBytes } : {}),
        stderr: write(io.stderr),
        secret: (v) => void (v !== '' && secrets.add(v)),
    };
}


/***/ }),

/***/ 42089:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _node_version_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7893);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(91920);
/* harmony import */ var _program_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(68695);
// First: refuses a Node older than the CLI needs before any other module runs.



process.exitCode = await (0,_program_js__WEBPACK_IMPORTED_MODULE_2__/* .runCli */ .ak)(process.argv.slice(2), (0,_io_js__WEBPACK_IMPORTED_MODULE_1__/* .nodeIo */ .P)());

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7893:
/***/ ((__unused_webpack_module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

// The first module the CLI's entry imports, so the first code of the bundle that runs: an older Node
// stops here in one line, before any module that needs a newer one (V8 flags it does not know, APIs
// it lacks) has run. Written for any Node: no import but node:fs, no syntax newer than the check.
/** The oldest Node the CLI runs on (packages/cli/package.json's engines, the README). */
const NEEDED = { major: 22, minor: 12 };
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < NEEDED.major || (major === NEEDED.major && minor < NEEDED.minor)) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(2, `lockstep needs Node ${NEEDED.major}.${NEEDED.minor} or later; this is Node ${process.versions.node} — install a newer Node (the actions run on Node 24)\n`);
    process.exit(1);
}


/***/ }),

/***/ 68695:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ak: () => (/* binding */ runCli)
});

// UNUSED EXPORTS: EXIT, LOCAL_SESSION, buildProgram

// EXTERNAL MODULE: ./node_modules/commander/index.js + 8 modules
var commander = __nccwpck_require__(21829);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var src_errors = __nccwpck_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/contract/json.ts
var contract_json = __nccwpck_require__(92252);
// EXTERNAL MODULE: ./packages/core/src/text/terminal-face.ts
var terminal_face = __nccwpck_require__(50871);
;// CONCATENATED MODULE: ./packages/cli/package.json
const package_namespaceObject = {"rE":"0.1.0"};
// EXTERNAL MODULE: ./packages/core/src/contract/inputs.ts
var contract_inputs = __nccwpck_require__(44731);
// EXTERNAL MODULE: ./packages/cli/src/flags.ts
var flags = __nccwpck_require__(7733);
// EXTERNAL MODULE: ./packages/cli/src/run-command.ts
var run_command = __nccwpck_require__(29027);
// EXTERNAL MODULE: ./packages/cli/src/commands/command.ts
var command = __nccwpck_require__(93932);
// EXTERNAL MODULE: ./packages/cli/src/top.ts
var src_top = __nccwpck_require__(68741);
// EXTERNAL MODULE: ./packages/cli/src/world.ts + 1 modules
var src_world = __nccwpck_require__(45504);
;// CONCATENATED MODULE: ./packages/cli/src/commands/bump.ts






/**
 * `lockstep bump`: the bump-chart action's operation, its inputs as flags (the operation is loaded when
 * the command runs). Without --charts it bumps what `lockstep check` would ask for: the charts changed
 * since their last version, compared as check compares; --all bumps every chart.
 */
const bumpCommand = {
    name: 'bump',
    description: 'Bump Helm chart versions and appVersion with minimal diffs (the bump-chart action)',
    define(cmd, io) {
        const inputs = (0,flags/* addActionFlags */.z3)(cmd, 'bump-chart');
        cmd.option('--all', 'bump every chart folder (without --charts or --all: the charts changed since their last version)');
        cmd.addHelpText('after', "\nIn a terminal without --base: the level applies to origin's default branch; without a remote, to the local default branch,\nor to HEAD's commit when HEAD is on it. A line on stderr says which. An explicit --version needs no base.\nWithout --charts: the charts lockstep check would ask to bump (changed since their version, compared as check compares),\nsaid on stderr; --all for every chart.\n");
        (0,command/* jsonOption */.E)(cmd, 'status, version, charts (each bumped chart) and changed-files');
        cmd.action(async (opts) => {
            const chosen = cmd.getOptionValueSource('charts') === 'cli';
            if (opts.all === true && chosen)
                cmd.error('error: --all and --charts are exclusive', { exitCode: 2 });
            const at = (0,src_top/* fromTop */.k)(io.cwd, cmd, inputs(opts));
            const { bump } = await __nccwpck_require__.e(/* import() */ 525).then(__nccwpck_require__.bind(__nccwpck_require__, 10525));
            // Every flag is checked before git is asked which charts changed: a bad --level is said as such anywhere.
            await bump.request(new contract_inputs/* Inputs */.G0(at.source), (0,src_world/* cliWorld */.f)(io, at.workspace));
            // What every command that reads charts: refuses, before git is asked anything: an entry matching no chart.
            const { configLine, loadConfig } = await Promise.all(/* import() */[__nccwpck_require__.e(9887), __nccwpck_require__.e(793), __nccwpck_require__.e(2415), __nccwpck_require__.e(2819)]).then(__nccwpck_require__.bind(__nccwpck_require__, 30793));
            const { refuseUnmatchedConfigEntries } = await Promise.all(/* import() */[__nccwpck_require__.e(9788), __nccwpck_require__.e(5997)]).then(__nccwpck_require__.bind(__nccwpck_require__, 95997));
            const { resolveExistingFolder } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 92536));
            const root = resolveExistingFolder(at.workspace, at.source('working-directory'));
            const config = loadConfig(root, at.source('config'));
            refuseUnmatchedConfigEntries(config, (path) => configLine(config, path), root);
            let source = at.source;
            if (opts.all === true)
                source = (name) => (name === 'charts' ? '.' : at.source(name));
            else if (!chosen) {
                const asked = await chartsCheckAsksFor(io, at.workspace, at.source);
                if (asked.charts.length === 0) {
                    io.stdout(`Nothing to bump: no chart changed since its version (${asked.compared}); pass --charts or --all to bump anyway.\n`);
                    return;
                }
                io.stderr(`bumping the charts changed since their last version, as lockstep check asks (pass --charts to choose, --all for every chart): ${asked.charts.join(', ')}\n`);
                source = (name) => (name === 'charts' ? asked.charts.join('\n') : at.source(name));
            }
            await (0,run_command/* runCommand */.d)(bump, io, { source, world: (0,src_world/* cliWorld */.f)(io, at.workspace), json: opts.json === true });
        });
    },
};
/**
 * The charts `lockstep check` would fail for want of a version bump, run as check runs in a terminal
 * (the default branch, else its last tag; the work tree), with bump's --config and --working-directory.
 * Their folders are relative to the working directory, as --charts is.
 */
async function chartsCheckAsksFor(io, workspace, read) {
    const { terminalRange } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 61621));
    const where = (name) => (name === 'config' || name === 'working-directory' ? read(name) : '');
    const range = await terminalRange(io, workspace, (name) => (name === 'base' ? read('base') : where(name)));
    if ('nothing' in range)
        return { charts: [], compared: range.nothing.replace(/^Nothing to compare with: /, '').replace(/; nothing was checked\.$/, '') };
    const { check } = await __nccwpck_require__.e(/* import() */ 4419).then(__nccwpck_require__.bind(__nccwpck_require__, 54419));
    const world = (0,src_world/* cliWorld */.f)(io, workspace);
    const source = (name) => (name === 'base' ? (range.base ?? '') : name === 'head' ? (range.head ?? '') : where(name));
    const result = await (await check.run())(await check.request(new contract_inputs/* Inputs */.G0(source), world), world);
    const { posix } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 76760, 23));
    const wd = posix.normalize(read('working-directory') || '.');
    const relative = (p) => (wd === '.' ? p : posix.relative(wd, p) || '.');
    return {
        charts: result.charts.filter((c) => c.fix !== undefined).map((c) => relative(c.path)),
        compared: `compared with ${range.label ?? range.base ?? 'the default branch'}`,
    };
}

// EXTERNAL MODULE: ./packages/cli/src/commands/check.ts
var check = __nccwpck_require__(61621);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/fs/workspace.ts
var workspace = __nccwpck_require__(92536);
;// CONCATENATED MODULE: ./packages/cli/src/commands/config.ts








/** `lockstep config`: validates the config file against the shipped schema and prints the effective settings. */
const configCommand = {
    name: 'config',
    description: 'Validate .github/lockstep.yml against the shipped schema and print the effective configuration',
    define(cmd, io) {
        // The same two inputs every action takes, with the same names and defaults.
        const inputs = (0,flags/* addActionFlags */.z3)(cmd, 'bump-chart', ['config', 'working-directory']);
        (0,command/* jsonOption */.E)(cmd, 'file and config (the effective settings)');
        cmd.action(async (opts) => {
            const at = (0,src_top/* fromTop */.k)(io.cwd, cmd, inputs(opts));
            const read = at.source;
            const root = (0,workspace.resolveExistingFolder)(at.workspace, read('working-directory'));
            // The YAML library and the schema validator load only when a config is read.
            const { configOfRefusal, loadConfig } = await Promise.all(/* import() */[__nccwpck_require__.e(9887), __nccwpck_require__.e(793), __nccwpck_require__.e(2415), __nccwpck_require__.e(2819)]).then(__nccwpck_require__.bind(__nccwpck_require__, 30793));
            const { effective, renderEffective } = await Promise.all(/* import() */[__nccwpck_require__.e(9887), __nccwpck_require__.e(793), __nccwpck_require__.e(2415), __nccwpck_require__.e(8188)]).then(__nccwpck_require__.bind(__nccwpck_require__, 33734));
            const problems = [];
            // A refused file is checked further on what it still says: every mistake of the file in one run.
            let config;
            try {
                config = loadConfig(root, read('config'));
            }
            catch (e) {
                const partial = configOfRefusal(e);
                if (partial === undefined)
                    throw e;
                problems.push(...(e instanceof src_errors/* UserErrors */.tQ ? e.errors : [e]));
                config = partial;
            }
            // What any command refuses about the file (window crons, waves naming no environment, a private key in
            // verify.keys) and what a promotion's gates refuse (an after: naming no environment), refused here too; the
            // key files are read as digests and promote read them.
            const { checkConfig } = await Promise.all(/* import() */[__nccwpck_require__.e(9887), __nccwpck_require__.e(793), __nccwpck_require__.e(2415), __nccwpck_require__.e(3847)]).then(__nccwpck_require__.bind(__nccwpck_require__, 93081));
            const { EVERY_CONFIG_CHECK } = await Promise.all(/* import() */[__nccwpck_require__.e(9887), __nccwpck_require__.e(9788), __nccwpck_require__.e(9159), __nccwpck_require__.e(5725), __nccwpck_require__.e(9730), __nccwpck_require__.e(7306), __nccwpck_require__.e(5382), __nccwpck_require__.e(6118), __nccwpck_require__.e(793), __nccwpck_require__.e(2415), __nccwpck_require__.e(5763), __nccwpck_require__.e(611), __nccwpck_require__.e(5131), __nccwpck_require__.e(5206), __nccwpck_require__.e(1043), __nccwpck_require__.e(2399), __nccwpck_require__.e(2862), __nccwpck_require__.e(4940)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1668));
            const { policyFiles } = await __nccwpck_require__.e(/* import() */ 9702).then(__nccwpck_require__.bind(__nccwpck_require__, 79702));
            await checkConfig(config, policyFiles(root, config.file), EVERY_CONFIG_CHECK).catch((e) => {
                if (e instanceof src_errors/* UserErrors */.tQ)
                    problems.push(...e.errors);
                else if (e instanceof src_errors/* UserError */.yo)
                    problems.push(e);
                else
                    throw e;
            });
            // What promote and status refuse, refused here too: the file each environment's pins live in must exist
            // (its values file, overlay, or Flux resource; a glob is matched when promoting, not here).
            const { configLine, pinFileOf } = await Promise.all(/* import() */[__nccwpck_require__.e(9887), __nccwpck_require__.e(793), __nccwpck_require__.e(2415), __nccwpck_require__.e(2819)]).then(__nccwpck_require__.bind(__nccwpck_require__, 30793));
            problems.push(...config.environments.flatMap((e, i) => {
                const named = pinFileOf(e);
                if (!named || /[*?[{]/.test(named.file) || (0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, named.file)))
                    return [];
                return [
                    new src_errors/* UserError */.yo(`environments[${i}].${named.key}: ${named.file} does not exist`, {
                        file: config.file,
                        line: configLine(config, ['environments', i, named.key]),
                        hint: 'create it, or fix the path (relative to the working directory)',
                    }),
                ];
            }));
            // What every command refuses, refused here too: a charts: or charts-ignore: entry matching no chart folder.
            const { findCharts } = await Promise.all(/* import() */[__nccwpck_require__.e(9788), __nccwpck_require__.e(7892)]).then(__nccwpck_require__.bind(__nccwpck_require__, 17892));
            const { listChartFiles } = await __nccwpck_require__.e(/* import() */ 7135).then(__nccwpck_require__.bind(__nccwpck_require__, 7135));
            const { unmatchedConfigEntries } = await Promise.all(/* import() */[__nccwpck_require__.e(9788), __nccwpck_require__.e(5997)]).then(__nccwpck_require__.bind(__nccwpck_require__, 95997));
            const chartDirs = findCharts(listChartFiles(root));
            if (config.charts?.length || config.chartsIgnore?.length)
                problems.push(...unmatchedConfigEntries(config, (path) => configLine(config, path), chartDirs));
            // Every problem at once, in the order of the file (a new config should not take a round per mistake).
            if (problems.length > 0)
                throw new src_errors/* UserErrors */.tQ(problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)));
            // Every declared key's value and where it came from (the file, at its line, or the default).
            const printed = effective(config);
            // An environment's values file kept in a chart folder is deployment state, said once (charts/deployment-state.ts).
            const { deploymentStateFiles, deploymentStateLine } = await Promise.all(/* import() */[__nccwpck_require__.e(9788), __nccwpck_require__.e(4320)]).then(__nccwpck_require__.bind(__nccwpck_require__, 84320));
            const state = deploymentStateFiles(chartDirs, config.environments);
            io.stdout(opts.json === true
                ? `${JSON.stringify((0,contract_json/* outcomeJson */.bt)({ command: 'config', file: config.file ?? null, config: printed.values, sources: printed.sources, 'deployment-state': state }, 'done', []), null, 2)}
`
                : `${renderEffective(config, printed)}${state.map((f) => `# note: ${deploymentStateLine(f)}\n`).join('')}`);
        });
    },
};

;// CONCATENATED MODULE: ./packages/cli/src/commands/digests.ts






/** `lockstep digests`: the capture-digests action's operation (loaded when the command runs); the password comes on stdin, never in argv. */
const digestsCommand = {
    name: 'digests',
    description: 'Resolve pushed image tags to registry digests into image-digests.json (the capture-digests action)',
    define(cmd, io) {
        const inputs = (0,flags/* addActionFlags */.z3)(cmd, 'capture-digests');
        cmd.option('--password-stdin', 'read the registry password (with --username) from standard input, as docker login does');
        (0,command/* jsonOption */.E)(cmd, 'file, digests (what the file holds) and images');
        cmd.action(async (opts) => {
            if (opts.username !== undefined && opts.passwordStdin !== true)
                throw new src_errors/* UserError */.yo('--username needs the registry password', {
                    hint: 'pipe it in with --password-stdin, or leave both out to use ~/.docker/config.json',
                });
            const at = (0,src_top/* fromTop */.k)(io.cwd, cmd, inputs(opts));
            const source = withPassword(at.source, opts.passwordStdin === true ? readPassword(io) : undefined);
            const { digests } = await __nccwpck_require__.e(/* import() */ 9035).then(__nccwpck_require__.bind(__nccwpck_require__, 9035));
            await (0,run_command/* runCommand */.d)(digests, io, { source, world: (0,src_world/* cliWorld */.f)(io, at.workspace), json: opts.json === true });
        });
    },
};
function readPassword(io) {
    const password = io.readStdin().replace(/\r?\n$/, '');
    if (password === '')
        throw new src_errors/* UserError */.yo('--password-stdin read an empty password', {
            hint: 'pipe the password in, e.g. echo "$TOKEN" | lockstep digests --username bot --password-stdin …',
        });
    io.secret(password);
    return password;
}
function withPassword(source, password) {
    return (name) => (name === 'password' ? (password ?? '') : source(name));
}

;// CONCATENATED MODULE: ./packages/cli/src/commands/publish.ts








/**
 * `lockstep publish`: the publish-chart action's operation (loaded when the
 * command runs). The password comes on stdin and the signing key from a file,
 * never in argv.
 */
const publishCommand = {
    name: 'publish',
    description: "Package charts as helm package does and push them to an OCI registry with Helm's media types, optionally signed (the publish-chart action)",
    define(cmd, io) {
        const inputs = (0,flags/* addActionFlags */.z3)(cmd, 'publish-chart');
        cmd.option('--password-stdin', 'read the registry password (with --username) from standard input, as docker login does');
        cmd.option('--signing-key-file <path>', 'PEM private key file to sign each chart with, as cosign sign --key does');
        (0,command/* jsonOption */.E)(cmd, 'registry, charts (name, version, digest, signature) and the digests file');
        cmd.action(async (opts) => {
            if (opts.username !== undefined && opts.passwordStdin !== true)
                throw new src_errors/* UserError */.yo('--username needs the registry password', {
                    hint: 'pipe it in with --password-stdin, or leave both out to use ~/.docker/config.json',
                });
            const at = (0,src_top/* fromTop */.k)(io.cwd, cmd, inputs(opts));
            const password = opts.passwordStdin === true ? publish_readPassword(io) : undefined;
            const key = typeof opts.signingKeyFile === 'string' ? readKey((0,external_node_path_.resolve)(io.cwd, opts.signingKeyFile), io) : undefined;
            const source = withSecrets(at.source, { password, 'signing-key': key });
            const { publish } = await __nccwpck_require__.e(/* import() */ 5018).then(__nccwpck_require__.bind(__nccwpck_require__, 75018));
            await (0,run_command/* runCommand */.d)(publish, io, { source, world: (0,src_world/* cliWorld */.f)(io, at.workspace), json: opts.json === true });
        });
    },
};
function publish_readPassword(io) {
    const password = io.readStdin().replace(/\r?\n$/, '');
    if (password === '')
        throw new src_errors/* UserError */.yo('--password-stdin read an empty password', {
            hint: 'pipe the password in, e.g. echo "$TOKEN" | lockstep publish --username bot --password-stdin …',
        });
    io.secret(password);
    return password;
}
function readKey(path, io) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch {
        throw new src_errors/* UserError */.yo(`--signing-key-file ${path} cannot be read`, { hint: 'name a PEM private key file' });
    }
    io.secret(text);
    return text;
}
/** The inputs with the secrets read outside argv put in. */
function withSecrets(source, secrets) {
    return (name) => (name in secrets ? (secrets[name] ?? '') : source(name));
}

;// CONCATENATED MODULE: ./packages/cli/src/commands/promote.ts





/** Inputs the CLI answers itself: the token comes from the environment, and writing is opt-in with --push. */
const OWN = new Set(['github-token', 'dry-run', 'push']);
/** `lockstep promote`: the promote-env action's operation (loaded when the command runs); a dry run unless --push (pr, or --push direct). */
const promoteCommand = {
    name: 'promote',
    description: 'Promote image pins (and the chart version) from one environment to the next (the promote-env action); a dry run unless --push',
    define(cmd, io) {
        const inputs = (0,flags/* flagsExcept */.tc)(cmd, 'promote-env', OWN);
        cmd.option('--push [mode]', 'write: open or update the pull request (pr, the default) or commit to the base branch (direct); needs GITHUB_TOKEN or GH_TOKEN');
        cmd.option('--dry-run', 'print the unified diff and the table; write nothing (the default without --push)');
        (0,command/* jsonOption */.E)(cmd, 'outcome, from, to, changes, gates, waves and the pull request or commit');
        cmd.action(async (opts) => {
            const { cliEnv, cliIdentity, cliToken } = await __nccwpck_require__.e(/* import() */ 5110).then(__nccwpck_require__.bind(__nccwpck_require__, 95110));
            const push = opts.push === undefined || opts.dryRun === true ? undefined : opts.push === true ? 'pr' : String(opts.push);
            const token = cliToken(io, push !== undefined);
            const at = (0,src_top/* fromTop */.k)(io.cwd, cmd, inputs(opts));
            const read = at.source;
            // The webhook's signing key is a secret, never a flag: it comes from the environment, masked at once.
            const notifySecret = io.env.LOCKSTEP_NOTIFY_SECRET ?? '';
            if (notifySecret !== '')
                io.secret(notifySecret);
            const source = (name) => name === 'dry-run'
                ? String(push === undefined)
                : name === 'push'
                    ? (push ?? 'pr')
                    : name === 'notify-secret'
                        ? notifySecret
                        : read(name);
            const { promote } = await Promise.all(/* import() */[__nccwpck_require__.e(7306), __nccwpck_require__.e(1870)]).then(__nccwpck_require__.bind(__nccwpck_require__, 31870));
            await (0,run_command/* runCommand */.d)(promote, io, {
                source,
                world: (0,src_world/* cliWorld */.f)(io, at.workspace, {
                    env: await cliEnv(io),
                    token,
                    identity: cliIdentity(io, push !== undefined),
                    // --json says no shipment (its document has no field for one): the history it is read from is not walked.
                    showsWhatShips: opts.json !== true,
                }),
                json: opts.json === true,
                // What was read is said: local commits not on origin are not in the promotion.
                said: (r) => ('readFrom' in r && r.readFrom ? [`read the environments from ${r.readFrom} at ${r.baseSha.slice(0, 12)}`] : []),
            });
        });
    },
};

;// CONCATENATED MODULE: ./packages/cli/src/commands/hydrate.ts





/** Inputs the CLI answers itself: the token comes from the environment, and writing is opt-in with --push. */
const hydrate_OWN = new Set(['github-token', 'dry-run']);
/** `lockstep hydrate`: the hydrate-env action's operation (loaded when the command runs); a dry run unless --push. */
const hydrateCommand = {
    name: 'hydrate',
    description: "Render each environment with hydrate: at HEAD and write it to its <branch>-next in GitOps Promoter's hydrator contract (the hydrate-env action); a dry run unless --push",
    define(cmd, io) {
        const inputs = (0,flags/* flagsExcept */.tc)(cmd, 'hydrate-env', hydrate_OWN);
        cmd.option('--push', 'commit and push the hydrated branches (the token from GITHUB_TOKEN or GH_TOKEN when origin needs one)');
        cmd.option('--dry-run', 'render and say which branches would change; write nothing (the default without --push)');
        (0,command/* jsonOption */.E)(cmd, 'the DRY commit and each environment (branch, status, commit, files, renderer)');
        cmd.action(async (opts) => {
            const { cliEnv, cliToken } = await __nccwpck_require__.e(/* import() */ 5110).then(__nccwpck_require__.bind(__nccwpck_require__, 95110));
            const push = opts.push === true && opts.dryRun !== true;
            const token = cliToken(io, false);
            const at = (0,src_top/* fromTop */.k)(io.cwd, cmd, inputs(opts));
            const read = at.source;
            const source = (name) => (name === 'dry-run' ? String(!push) : read(name));
            const { hydrate } = await __nccwpck_require__.e(/* import() */ 6534).then(__nccwpck_require__.bind(__nccwpck_require__, 36534));
            await (0,run_command/* runCommand */.d)(hydrate, io, {
                source,
                world: (0,src_world/* cliWorld */.f)(io, at.workspace, { env: await cliEnv(io), token }),
                json: opts.json === true,
            });
        });
    },
};

;// CONCATENATED MODULE: ./packages/cli/src/commands/release.ts





const release_OWN = new Set(['github-token', 'dry-run']);
/** `lockstep release`: the prepare-release action's operation (loaded when the command runs); a dry run unless --push. */
const releaseCommand = {
    name: 'release',
    description: 'Compute the next version, notes and file changes, and open the release PR (the prepare-release action); a dry run unless --push',
    define(cmd, io) {
        const inputs = (0,flags/* flagsExcept */.tc)(cmd, 'prepare-release', release_OWN);
        cmd.option('--push', 'write: push the release branch and open or update the release PR (or publish); needs GITHUB_TOKEN or GH_TOKEN');
        cmd.option('--dry-run', 'print the next version, the notes and the unified diff; write nothing (the default without --push)');
        (0,command/* jsonOption */.E)(cmd, 'mode, version, previous-version, notes, files and the pull request or tag');
        cmd.action(async (opts) => {
            const { cliEnv, cliIdentity, cliToken, currentRef } = await __nccwpck_require__.e(/* import() */ 5110).then(__nccwpck_require__.bind(__nccwpck_require__, 95110));
            const push = opts.push === true && opts.dryRun !== true;
            const token = cliToken(io, push);
            const at = (0,src_top/* fromTop */.k)(io.cwd, cmd, inputs(opts));
            const read = at.source;
            const source = (name) => (name === 'dry-run' ? String(!push) : read(name));
            // The base defaults to the branch checked out; the repository to origin's.
            const ref = currentRef(io);
            const env = { ...(await cliEnv(io)), ...(ref !== undefined ? { GITHUB_REF: ref } : {}) };
            const { release } = await __nccwpck_require__.e(/* import() */ 5824).then(__nccwpck_require__.bind(__nccwpck_require__, 5824));
            await (0,run_command/* runCommand */.d)(release, io, {
                source,
                world: (0,src_world/* cliWorld */.f)(io, at.workspace, { env, token, identity: cliIdentity(io, push) }),
                json: opts.json === true,
            });
        });
    },
};

;// CONCATENATED MODULE: ./packages/cli/src/commands/status.ts





/** The promote-env inputs that say where environments and services are. */
const WHERE = ['environments', 'services', 'values-file', 'values-key', 'repository', 'base', 'config', 'working-directory'];
/** `lockstep status`: per service, what each environment pins (tag, short digest, chart version), and what each next promotion would change. */
const statusCommand = {
    name: 'status',
    description: "Every environment's pins side by side (tag, digest, chart version) and what the next promotion would change; writes nothing",
    define(cmd, io) {
        const inputs = (0,flags/* addActionFlags */.z3)(cmd, 'promote-env', WHERE);
        (0,command/* jsonOption */.E)(cmd, 'base, environments (what each pins) and next (what each promotion would change)');
        cmd.option('--markdown', 'print the table and a Mermaid flowchart of the environments (for $GITHUB_STEP_SUMMARY or a PR comment)');
        cmd.action(async (opts) => {
            const at = (0,src_top/* fromTop */.k)(io.cwd, cmd, inputs(opts));
            const { cliEnv, cliToken, localDifference } = await __nccwpck_require__.e(/* import() */ 5110).then(__nccwpck_require__.bind(__nccwpck_require__, 95110));
            const { status } = await __nccwpck_require__.e(/* import() */ 8499).then(__nccwpck_require__.bind(__nccwpck_require__, 78499));
            await (0,run_command/* runCommand */.d)(status, io, {
                source: at.source,
                world: (0,src_world/* cliWorld */.f)(io, at.workspace, { env: await cliEnv(io), token: cliToken(io, false) }),
                json: opts.json === true,
                // origin's base is what was read: say when this checkout has commits or changes that are not there.
                said: (r) => {
                    const differs = r.readFrom?.startsWith('origin/') && r.baseSha ? localDifference(io, r.baseSha, r.readFrom) : undefined;
                    return differs ? [differs] : [];
                },
                other: async (r) => opts.markdown === true ? (await Promise.all(/* import() */[__nccwpck_require__.e(9887), __nccwpck_require__.e(9788), __nccwpck_require__.e(9159), __nccwpck_require__.e(5725), __nccwpck_require__.e(9730), __nccwpck_require__.e(7306), __nccwpck_require__.e(5382), __nccwpck_require__.e(6118), __nccwpck_require__.e(2415), __nccwpck_require__.e(5763), __nccwpck_require__.e(611), __nccwpck_require__.e(5131), __nccwpck_require__.e(5206), __nccwpck_require__.e(1043), __nccwpck_require__.e(5825), __nccwpck_require__.e(2399), __nccwpck_require__.e(4828), __nccwpck_require__.e(9836), __nccwpck_require__.e(6488), __nccwpck_require__.e(8476)]).then(__nccwpck_require__.bind(__nccwpck_require__, 15216))).statusMarkdown(r) : undefined,
            });
        });
    },
};

;// CONCATENATED MODULE: ./packages/cli/src/commands/metrics.ts





/** The promote-env inputs that say where the config and the base branch are. */
const metrics_WHERE = ['base', 'config', 'working-directory'];
/** Collects a repeated `--env` (and `--env a,b`). */
const collect = (v, prev = []) => [
    ...prev,
    ...v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
];
/** `lockstep metrics`: deployment frequency, lead time, change failure rate, recovery time and rework rate per environment and service. */
const metricsCommand = {
    name: 'metrics',
    description: 'Delivery figures per environment and service from the base branch history: deployment frequency, lead time, change failure rate, recovery time, rework rate',
    define(cmd, io) {
        const inputs = (0,flags/* addActionFlags */.z3)(cmd, 'promote-env', metrics_WHERE);
        cmd.option('--env <name>', 'an environment to report (repeat for more; default: every one)', collect);
        cmd.option('--since <duration>', 'the window back from now: 36h, 90d, 12w (default 90d)');
        cmd.option('--from <date>', 'the window from this day (UTC) or time, e.g. 2026-09-01');
        cmd.option('--to <date>', 'the window up to the end of this day (UTC) or this time (default: now)');
        cmd.option('--deployments', 'time landings by their GitHub Deployments (record: deployments) and fail when they cannot be read (default: read them when GITHUB_TOKEN or GH_TOKEN is set, else git alone)');
        cmd.option('--no-deployments', 'read git alone: no GitHub API request');
        (0,command/* jsonOption */.E)(cmd, 'the window and environments (the figures and the promotions each counts, with commit ids), on one line');
        cmd.option('--changes', "with --json: list each change with its lead time in every environment it reached (lead-time.changes; a fleet's history lists millions)");
        cmd.option('--markdown', 'print a Markdown report with Mermaid charts (for $GITHUB_STEP_SUMMARY or a PR comment)');
        cmd.action(async (opts) => {
            if (opts.json === true && opts.markdown === true)
                cmd.error('error: --json and --markdown are exclusive', { exitCode: 2 });
            if (opts.changes === true && opts.json !== true)
                cmd.error('error: --changes lists the changes in --json only', { exitCode: 2 });
            const where = inputs(opts);
            const own = {
                env: (opts.env ?? []).join('\n'),
                since: opts.since,
                from: opts.from,
                to: opts.to,
                deployments: opts.deployments === undefined ? undefined : String(opts.deployments === true),
                changes: opts.changes === true ? 'true' : undefined,
            };
            const at = (0,src_top/* fromTop */.k)(io.cwd, cmd, (name) => (name in own ? (own[name] ?? '').trim() : where(name)));
            const { cliEnv, cliToken } = await __nccwpck_require__.e(/* import() */ 5110).then(__nccwpck_require__.bind(__nccwpck_require__, 95110));
            const { metrics } = await __nccwpck_require__.e(/* import() */ 2846).then(__nccwpck_require__.bind(__nccwpck_require__, 22846));
            const { WINDOW_INPUTS } = await __nccwpck_require__.e(/* import() */ 1679).then(__nccwpck_require__.bind(__nccwpck_require__, 31679));
            await (0,run_command/* runCommand */.d)(metrics, io, {
                source: at.source,
                world: (0,src_world/* cliWorld */.f)(io, at.workspace, { env: await cliEnv(io), token: cliToken(io, false) }),
                json: opts.json === true,
                // One line: a year of a busy repository lists tens of thousands of changes; jq indents it.
                jsonLine: true,
                other: async (r) => opts.markdown === true ? `${(await Promise.all(/* import() */[__nccwpck_require__.e(9159), __nccwpck_require__.e(9730), __nccwpck_require__.e(7306), __nccwpck_require__.e(1624), __nccwpck_require__.e(4361)]).then(__nccwpck_require__.bind(__nccwpck_require__, 94361))).metricsMarkdown(r)}\n` : undefined,
                // A bad window or an unknown environment is the command line's fault: usage (exit 2), naming the flag.
                usage: (e) => e.input !== undefined && WINDOW_INPUTS.includes(e.input),
            });
        });
    },
};

// EXTERNAL MODULE: ./packages/cli/src/io.ts + 2 modules
var src_io = __nccwpck_require__(91920);
// EXTERNAL MODULE: ./packages/cli/src/ended.ts
var ended = __nccwpck_require__(96970);
;// CONCATENATED MODULE: ./packages/cli/src/program.ts



















/**
 * A session in a repository with no remote (`git init`, a chart, a commit, a
 * branch that changes it), shown by `lockstep --help` and the README, and run
 * line by line by action-tests/test/cli-local.test.ts.
 */
const LOCAL_SESSION = `A local session (a repository with no remote: nothing is pushed or opened):
  lockstep check                      # exit 1: charts/web changed on this branch, its version did not
  lockstep bump --charts charts/web   # 0.1.0 → 0.1.1: the level applies to main's version, and a line says so
  lockstep check                      # passes: the work tree is checked, flagged as uncommitted
  lockstep release                    # a dry run: the next version, the notes and the diff
  lockstep status                     # what each environment pins, read from the local main
Only --push (promote, release) needs a remote and GITHUB_TOKEN or GH_TOKEN.
`;
/** Exit codes, one rule for both faces: 0 done or nothing to do, 1 refused or held (a user error, a failed check, a gate), 2 usage. */
const EXIT = { ok: 0, failed: 1, usage: 2 };
/**
 * `lockstep completion bash|zsh|fish`: a completion script written from the program's own commands and
 * flags (every command declared whole), so a flag added anywhere completes without touching the script.
 */
const completionCommand = {
    name: 'completion',
    description: 'Print a shell completion script (bash, zsh or fish) for every command and flag',
    define(cmd, io) {
        cmd.argument('<shell>', 'bash, zsh or fish');
        cmd.addHelpText('after', '\nbash: eval "$(lockstep completion bash)" in ~/.bashrc\nzsh:  eval "$(lockstep completion zsh)" in ~/.zshrc, after compinit\nfish: lockstep completion fish > ~/.config/fish/completions/lockstep.fish\n');
        cmd.action(async (shell) => {
            const { SHELLS, completionScript } = await __nccwpck_require__.e(/* import() */ 9142).then(__nccwpck_require__.bind(__nccwpck_require__, 9142));
            const known = SHELLS.find((s) => s === shell);
            if (known === undefined)
                cmd.error(`error: unknown shell '${shell}' (bash, zsh or fish)`, { exitCode: 2 });
            io.stdout(completionScript(buildProgram(io), known));
        });
    },
};
/**
 * `lockstep __complete-values <kind> [--config F]`, hidden: what a completion script offers after
 * `--to`, `--services` or `--charts`, read from the config when TAB is pressed, one value a line. A
 * completion must never print an error into the line being typed: any failure prints nothing, exit 0.
 */
const completeValuesCommand = {
    name: '__complete-values',
    description: 'Print the config values a completion script offers after a flag',
    hidden: true,
    define(cmd, io) {
        // Optional value and unknown words allowed: no usage error can reach the shell's completion.
        cmd.argument('[kind]').option('--config [file]').allowUnknownOption().allowExcessArguments();
        cmd.action(async (kind, opts) => {
            try {
                const { VALUE_KINDS } = await __nccwpck_require__.e(/* import() */ 9142).then(__nccwpck_require__.bind(__nccwpck_require__, 9142));
                const { completionValues } = await Promise.all(/* import() */[__nccwpck_require__.e(9887), __nccwpck_require__.e(9788), __nccwpck_require__.e(793), __nccwpck_require__.e(2415), __nccwpck_require__.e(5063)]).then(__nccwpck_require__.bind(__nccwpck_require__, 92717));
                const known = VALUE_KINDS.find((k) => k === kind);
                if (known === undefined)
                    return;
                const config = typeof opts.config === 'string' ? opts.config : '';
                const at = (0,src_top/* fromTop */.k)(io.cwd, cmd, (name) => (name === 'config' ? config : name === 'working-directory' ? '.' : ''));
                const values = completionValues(at.workspace, known, at.source('config'));
                if (values.length > 0)
                    io.stdout(`${values.join('\n')}\n`);
            }
            catch {
                // Nothing to offer: the shell falls back to its own completion.
            }
        });
    },
};
/**
 * The subcommands: one per operation in packages/core/src/operations, plus
 * status and config. Each command's operation is imported when it runs, so
 * `--help`, a usage error and each command load only what they use.
 */
const COMMANDS = [
    check/* checkCommand */.e,
    bumpCommand,
    digestsCommand,
    publishCommand,
    promoteCommand,
    hydrateCommand,
    releaseCommand,
    statusCommand,
    metricsCommand,
    configCommand,
    completionCommand,
    completeValuesCommand,
];
/**
 * The command `argv` runs: its first word not an option (the program's own
 * options, --version and --help, take no value), or the word after `help`.
 * Only that command needs its flags; the others need just a name and a description.
 */
function invokedCommand(argv) {
    const words = argv.filter((a) => !a.startsWith('-'));
    return words[0] === 'help' ? words[1] : words[0];
}
/**
 * The `lockstep` program, its output routed to `io`. Given `argv`, only the
 * command it runs declares its flags (all seven commands' flags cost about a
 * millisecond of CPU at each start); the others are listed by name and description
 * for the top-level help and for suggestions. Without `argv`, every command is complete.
 */
function buildProgram(io, argv) {
    const program = new commander/* Command */.uB('lockstep')
        .description('lockstep from a terminal: the same operations as the GitHub actions, with --dry-run diffs')
        .version(package_namespaceObject.rE, '-V, --version', 'print the lockstep version')
        // `lockstep --version` is the program's; after a command, --version is that command's input (bump --version 1.2.0).
        .enablePositionalOptions()
        .exitOverride()
        .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
        .addHelpText('after', `\n${LOCAL_SESSION}`);
    const invoked = argv === undefined ? undefined : invokedCommand(argv);
    for (const command of COMMANDS) {
        const cmd = program.command(command.name, { hidden: command.hidden === true }).description(command.description);
        if (argv === undefined || command.name === invoked) {
            command.define(cmd, io);
            // A completion's own command never errs (a usage error would land in the line being typed).
            if (command.hidden !== true)
                (0,flags/* oneValueEach */.dc)(cmd);
        }
        cmd.configureOutput({
            writeOut: io.stdout,
            writeErr: io.stderr,
            // A usage error ends with the usage line, so the fix is on screen.
            outputError: (text, write) => write(`${text}Usage: lockstep ${cmd.name()} ${cmd.usage()}\nRun 'lockstep ${cmd.name()} --help' for every flag.\n`),
        });
    }
    return program;
}
/** Whether `argv` asks for --json (before a `--`, after which words are values): then every outcome is one document on stdout. */
function asksJson(argv) {
    const end = argv.indexOf('--');
    return (end === -1 ? argv : argv.slice(0, end)).includes('--json');
}
/** Runs the CLI on `argv` (without node and the script) and returns the exit code; never calls process.exit. */
async function runCli(argv, rawIo) {
    const io = (0,src_io/* maskingIo */.r)(rawIo);
    const program = buildProgram(io, argv);
    const ran = program.commands.find((c) => c.name() === invokedCommand(argv));
    // Each error in the terminal's words: the inputs it names as the flags of the command that runs.
    io.face = (0,terminal_face/* terminalFace */.C)(new Set((ran?.options ?? []).map((o) => o.long?.replace(/^--(no-)?/, '') ?? '')));
    try {
        await program.parseAsync([...argv], { from: 'user' });
        return EXIT.ok;
    }
    catch (e) {
        return report(e, io, asksJson(argv) ? (ran?.name() ?? null) : undefined);
    }
    finally {
        rawIo.progress?.end();
    }
}
/**
 * The one report of a run that did not end done: the errors on stderr, one line each, and with --json
 * (`json`: the command's name, `null` for none recognised) one document on stdout saying how it ended,
 * so that `lockstep … --json | jq` never reads an empty stdout as success. Returns the exit code.
 */
function report(e, io, json) {
    const face = io.face ?? (0,terminal_face/* terminalFace */.C)();
    const document = (outcome, failure, doc = {}) => {
        if (json !== undefined)
            io.stdout(`${JSON.stringify((0,contract_json/* outcomeJson */.bt)({ command: json, ...doc }, outcome, (0,contract_json/* jsonErrors */.sH)(failure, face)), null, 2)}\n`);
    };
    if (e instanceof ended/* UsageRefusal */.u) {
        io.stderr(`${e.error.format(face)}\n`);
        document('usage', e.error);
        return EXIT.usage;
    }
    if (e instanceof commander/* CommanderError */.b7) {
        // Help and version asked for (`--help`, `help <command>`) are not failures; help shown because no
        // command was given (exit code 1) and everything else commander rejects is usage.
        const asked = e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || (e.code === 'commander.help' && e.exitCode === 0);
        if (asked)
            return EXIT.ok;
        // commander said it on stderr already, with the usage line.
        document('usage', new Error(e.message.replace(/^error: /, '')));
        return EXIT.usage;
    }
    // A result that was shown said its failure's lines before it (run-command.ts): its document is what is left.
    if (e instanceof ended/* ShownFailure */.q) {
        document(e.outcome, e.failure, e.doc);
        return EXIT.failed;
    }
    const failure = e;
    const errors = failure instanceof src_errors/* UserErrors */.tQ ? failure.errors : failure instanceof src_errors/* UserError */.yo ? [failure] : [];
    // `path:line: what — how to fix`: terminals and editors make the location clickable.
    for (const err of errors)
        io.stderr(`${err.format(face)}\n`);
    if (errors.length > 0) {
        document('refused', failure);
        return EXIT.failed;
    }
    // GitHub's failures (GitHubError) say what happened and what to do, in the terminal's words: an API error, not a bug in lockstep.
    const github = failure instanceof Error && failure.name === 'GitHubError';
    const message = github && 'said' in failure ? (0,src_errors/* say */.cv)(failure.said, face) : failure instanceof Error ? failure.message : String(failure);
    io.stderr(github ? `lockstep: ${message}\n` : `lockstep: internal error: ${message}\n`);
    if (failure instanceof Error && failure.stack && io.env.LOCKSTEP_DEBUG)
        io.stderr(`${failure.stack}\n`);
    document('error', new Error(message));
    return EXIT.failed;
}


/***/ }),

/***/ 29027:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ runCommand)
/* harmony export */ });
/* harmony import */ var _lockstep_core_contract_inputs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(44731);
/* harmony import */ var _lockstep_core_contract_json__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(92252);
/* harmony import */ var _lockstep_core_errors__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(37638);
/* harmony import */ var _lockstep_core_text_terminal_face__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(50871);
/* harmony import */ var _lockstep_core_report_view__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(57987);
/* harmony import */ var _ended_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(96970);






/** A result that carries file edits and whether they were only planned: its diff is shown on a dry run. */
function plannedEdits(r) {
    if (typeof r !== 'object' || r === null || !('dryRun' in r) || !('changes' in r))
        return undefined;
    return r.dryRun === true && Array.isArray(r.changes) ? r.changes : undefined;
}
/**
 * The terminal face of every operation, as present.ts is the runner's: the
 * request (a bad input refused naming its flag), the run, then the result
 * shown (on a dry run the unified diff, then the table; or the view's JSON
 * document), then the view's failure thrown, so that a failed check, a
 * promotion held by a gate or stopped by its checks exits 1 as the action
 * fails. Done, or nothing to do, exits 0. With --json, a result that failed
 * is printed by the report, as one document with its outcome and errors.
 */
async function runCommand(op, io, hooks) {
    let result;
    try {
        const request = await op.request(new _lockstep_core_contract_inputs__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0(hooks.source), hooks.world);
        result = await (await op.run())(request, hooks.world);
    }
    catch (e) {
        if (e instanceof _lockstep_core_errors__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo && hooks.usage?.(e))
            throw new _ended_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageRefusal */ .u(e);
        throw e;
    }
    const view = await op.view();
    for (const line of hooks.said?.(result) ?? [])
        io.stderr(`${(0,_lockstep_core_report_view__WEBPACK_IMPORTED_MODULE_4__/* .terminalSafe */ .kJ)(line)}\n`);
    const failure = view.failure(result);
    const other = hooks.json ? undefined : await hooks.other?.(result);
    const shown = hooks.json || other !== undefined ? undefined : view.terminal(result);
    // One ordered report: the reasons first (stderr), then the result, which ends with its verdict (a view that lists
    // its errors says them again just before it, on stdout; on one screen they are said there alone).
    const onScreen = io.oneScreen === true && (shown?.errors?.length ?? 0) > 0;
    if (failure && !onScreen)
        for (const line of failureLines(failure, io.face ?? _lockstep_core_text_terminal_face__WEBPACK_IMPORTED_MODULE_3__/* .TERMINAL */ .f))
            io.stderr(`${line}\n`);
    const outcome = view.held?.(result) ? 'held' : 'refused';
    if (hooks.json && failure)
        throw new _ended_js__WEBPACK_IMPORTED_MODULE_5__/* .ShownFailure */ .q(failure, outcome, view.json(result));
    if (hooks.json && view.writeJson)
        view.writeJson(result, io.stdout, io.stdoutBytes);
    else if (hooks.json)
        io.stdout(`${JSON.stringify((0,_lockstep_core_contract_json__WEBPACK_IMPORTED_MODULE_1__/* .outcomeJson */ .bt)(view.json(result), 'done', []), null, hooks.jsonLine ? undefined : 2)}\n`);
    else if (other !== undefined)
        io.stdout(other);
    else {
        const style = io.color ? _lockstep_core_report_view__WEBPACK_IMPORTED_MODULE_4__/* .ansiStyle */ .D8 : _lockstep_core_report_view__WEBPACK_IMPORTED_MODULE_4__/* .plainStyle */ .sj;
        const edits = plannedEdits(result);
        // The diff library loads only for a diff to print.
        if (edits)
            io.stdout((await Promise.all(/* import() */[__nccwpck_require__.e(5725), __nccwpck_require__.e(2536)]).then(__nccwpck_require__.bind(__nccwpck_require__, 22536))).terminalDiff(edits, style));
        io.stdout((0,_lockstep_core_report_view__WEBPACK_IMPORTED_MODULE_4__/* .renderTerminal */ .bF)(shown ?? view.terminal(result), style));
    }
    if (failure)
        throw new _ended_js__WEBPACK_IMPORTED_MODULE_5__/* .ShownFailure */ .q(failure, outcome);
}
/** A failure's lines, `path:line: what — how to fix` each, in the terminal's words. */
function failureLines(failure, face) {
    const errors = failure instanceof _lockstep_core_errors__WEBPACK_IMPORTED_MODULE_2__/* .UserErrors */ .tQ ? failure.errors : failure instanceof _lockstep_core_errors__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo ? [failure] : undefined;
    return errors ? errors.map((e) => e.format(face)) : [(0,_lockstep_core_report_view__WEBPACK_IMPORTED_MODULE_4__/* .terminalSafe */ .kJ)(failure.message)];
}


/***/ }),

/***/ 68741:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ fromTop)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _lockstep_core_text_list__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(60385);
/* harmony import */ var _lockstep_core_git_sync__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(57019);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7733);





/** commander's attribute name of `--kebab-name`. */
const attribute = (name) => name.replace(/-([a-z])/g, (_m, c) => c.toUpperCase());
const posixPath = (p) => p.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
/**
 * Where a command runs, as git does: from any folder of a repository the
 * workspace is the repository's top, so the config (`.github/lockstep.yml`)
 * and the config's paths are found there. working-directory given on the
 * command line, and the path-kind flags (PATH_INPUTS: their settings' kind), stay relative to the folder
 * the command was typed in. Outside a repository (or at its top) nothing changes.
 */
function fromTop(cwd, cmd, source) {
    const topLevel = (0,_lockstep_core_git_sync__WEBPACK_IMPORTED_MODULE_2__/* .topLevelSync */ .VA)(cwd);
    if (topLevel === undefined || topLevel === '')
        return { workspace: cwd, source };
    let top;
    let here;
    try {
        top = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(topLevel);
        here = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(cwd);
    }
    catch {
        return { workspace: cwd, source };
    }
    const prefix = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(top, here);
    if (prefix === '' || prefix.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(prefix))
        return { workspace: cwd, source };
    const typed = (name) => cmd.getOptionValueSource(attribute(name)) === 'cli';
    const wd = typed('working-directory') ? posixPath((0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(top, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(here, source('working-directory')))) || '.' : '.';
    const wdAbs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(top, wd);
    const rebase = (p) => ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(p) ? p : posixPath((0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(wdAbs, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(here, p))) || '.');
    return {
        workspace: top,
        source: (name) => {
            if (name === 'working-directory')
                return wd;
            const raw = source(name);
            return _flags_js__WEBPACK_IMPORTED_MODULE_3__/* .PATH_INPUTS */ .EY.has(name) && typed(name) ? (0,_lockstep_core_text_list__WEBPACK_IMPORTED_MODULE_4__/* .splitList */ .r)(raw).map(rebase).join('\n') : raw;
        },
    };
}


/***/ }),

/***/ 45504:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  f: () => (/* binding */ cliWorld)
});

// EXTERNAL MODULE: ./packages/core/src/contract/world.ts
var world = __nccwpck_require__(33724);
// EXTERNAL MODULE: ./packages/core/src/registry/retry.ts
var retry = __nccwpck_require__(66371);
// EXTERNAL MODULE: ./packages/core/src/report/view.ts
var view = __nccwpck_require__(57987);
;// CONCATENATED MODULE: ./packages/cli/src/output.ts

/** Progress on stderr, so stdout holds only the result (a table, a diff or JSON) for pipes; the progress line only on a terminal. */
function stderrReporter(io) {
    const debug = io.env.LOCKSTEP_DEBUG !== undefined && io.env.LOCKSTEP_DEBUG !== '';
    return {
        info: (l) => io.stderr(`${(0,view/* terminalSafe */.kJ)(l)}\n`),
        debug: (l) => void (debug && io.stderr(`debug: ${(0,view/* terminalSafe */.kJ)(l)}\n`)),
        group: (t) => io.stderr(`${(0,view/* terminalSafe */.kJ)(t)}…\n`),
        endGroup: () => io.progress?.end(),
        // Drawn on a terminal only (io.progress is absent otherwise), on stderr, so stdout stays the result.
        progress: (p) => io.progress?.update(p),
    };
}

;// CONCATENATED MODULE: ./packages/cli/src/world.ts




/**
 * The terminal's World, in which every lockstep command runs its operation:
 * the workspace (the repository's top, see top.ts), the shell's environment,
 * no event (a terminal has none), the real clock, SOURCE_DATE_EPOCH's day or
 * today, progress and warnings on stderr (stdout holds only the result), and
 * secrets masked in everything the io writes. The outside services are the
 * real ones, each loaded by the run that needs it. GitHub-free: nothing here
 * loads github/ or git (a command that needs GitHub passes its token), so
 * building the World costs a command no start-up time. `io` is the masking io
 * (maskingIo) the program hands every command.
 */
function cliWorld(io, workspace, opts = {}) {
    return {
        localRepository: true,
        foldsLines: false,
        summarises: false,
        ...(opts.showsWhatShips === false ? { showsWhatShips: false } : {}),
        workspace,
        env: opts.env ?? io.env,
        event: () => ({ payload: {} }),
        ...(opts.token !== undefined ? { token: opts.token } : {}),
        ...(opts.identity !== undefined ? { identity: opts.identity } : {}),
        clock: retry/* systemClock */.ml,
        date: (0,world/* sourceDate */.e)(io.env.SOURCE_DATE_EPOCH),
        reporter: stderrReporter(io),
        secret: io.secret,
        // As the terminal view prints a result's warnings (renderTerminal), without the colour: stderr may be a file.
        warning: (line) => io.stderr(`warning: ${(0,view/* terminalSafe */.kJ)(line)}\n`),
        services: {},
    };
}


/***/ }),

/***/ 44731:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B3: () => (/* binding */ EXPLICIT_EMPTY),
/* harmony export */   G0: () => (/* binding */ Inputs),
/* harmony export */   k3: () => (/* binding */ mapInputs)
/* harmony export */ });
/* unused harmony export envInputs */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(37638);
/* harmony import */ var _text_list_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(60385);
/* harmony import */ var _text_suggest_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(24619);



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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('is required', {
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`is '${v}', not a boolean`, { input: name, hint: 'use true or false' });
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`is '${v}'${(0,_text_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .didYouMean */ .a)(v, choices)}`, { input: name, hint: `use one of ${choices.join(', ')}` });
    }
    optionalChoice(name, choices) {
        return this.text(name) === '' ? undefined : this.choice(name, choices, choices[0]);
    }
    /**
     * One item per line, or comma-separated (commas inside `{…}` stay: they
     * belong to globs like `charts/{api,worker}`). Blank lines and `#` comments are dropped.
     */
    list(name) {
        return (0,_text_list_js__WEBPACK_IMPORTED_MODULE_2__/* .splitList */ .r)(this.text(name));
    }
    integer(name, fallback, min = 0, max = Number.MAX_SAFE_INTEGER) {
        const v = this.text(name);
        if (v === '')
            return fallback;
        if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`is '${v}'`, { input: name, hint: `use a whole number from ${min} to ${max}` });
        return Number(v);
    }
}


/***/ }),

/***/ 92252:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $p: () => (/* binding */ parsedOutput),
/* harmony export */   Vy: () => (/* binding */ doneJsonHead),
/* harmony export */   bt: () => (/* binding */ outcomeJson),
/* harmony export */   e0: () => (/* binding */ stringOrNull),
/* harmony export */   ic: () => (/* binding */ commandJson),
/* harmony export */   sH: () => (/* binding */ jsonErrors),
/* harmony export */   wD: () => (/* binding */ numberOrNull)
/* harmony export */ });
/* unused harmony export SCHEMA_VERSION */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(37638);

// The one `--json` shape every lockstep command prints (documented in docs/cli.md): `schema-version`
// first, the command's name, how it ended (`outcome`) and its errors, then the result in kebab-case
// keys, like the actions' outputs; a value the runner gets as JSON on one line is the structure here,
// never a string holding JSON. A refusal is a document too: `| jq` never reads an empty stdout as success.
/**
 * The version of the `--json` shape; it changes only when a key changes meaning or goes. 2: `outcome`
 * and `errors` in every document; promote's own outcome is `promotion`.
 */
const SCHEMA_VERSION = 2;
/** `schema-version` and the command, then `body`: a result's document before its face says how it ended (`outcomeJson`). */
function commandJson(command, body) {
    return { 'schema-version': SCHEMA_VERSION, command, ...body };
}
/** The errors of a failure as a document lists them, each worded as `face` prints it; an error that is not a user's, as its message. */
function jsonErrors(failure, face) {
    if (failure === undefined)
        return [];
    const errors = failure instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserErrors */ .tQ ? failure.errors : failure instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo ? [failure] : undefined;
    if (errors === undefined)
        return [{ file: null, line: null, input: null, message: failure instanceof Error ? failure.message : String(failure) }];
    return errors.map((e) => ({ file: e.file ?? null, line: e.line ?? null, input: e.input ?? null, message: e.format(face) }));
}
/**
 * `doc` (a result's document, or just `{ command }` when the command ended before it had one; `null`
 * when no command was recognised) with how the command ended: `schema-version`, `command`, `outcome`
 * and `errors` first, then the result's keys (a view's document names neither `outcome` nor `errors`:
 * its face says them).
 */
function outcomeJson(doc, outcome, errors) {
    const { command, ...body } = doc;
    return { 'schema-version': SCHEMA_VERSION, command, outcome, errors, ...body };
}
/** The head of a document written in pieces (`{"schema-version":…,"errors":[]`, open for its result's keys): a command that cannot fail. */
function doneJsonHead(command) {
    return JSON.stringify(outcomeJson({ command }, 'done', [])).slice(0, -1);
}
/** An output holding JSON on one line, as the structure it holds (null when empty). */
function parsedOutput(value) {
    return value === '' ? null : JSON.parse(value);
}
/** An output that may be empty: the string, or null. */
function stringOrNull(value) {
    return value === undefined || value === '' ? null : value;
}
/** A number output (a pull request's): the number, or null when empty. */
function numberOrNull(value) {
    return value === '' ? null : Number(value);
}


/***/ }),

/***/ 33724:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ sourceDate),
/* harmony export */   l: () => (/* binding */ relocateErrors)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(37638);

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
    if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserErrors */ .tQ)
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserErrors */ .tQ(e.errors.map(move), { summarized: e.summarized });
    if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo)
        return move(e);
    return e;
}


/***/ }),

/***/ 37638:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   KT: () => (/* binding */ named),
/* harmony export */   Kx: () => (/* binding */ throwAll),
/* harmony export */   Pe: () => (/* binding */ setting),
/* harmony export */   aL: () => (/* binding */ words),
/* harmony export */   cv: () => (/* binding */ say),
/* harmony export */   tQ: () => (/* binding */ UserErrors),
/* harmony export */   wC: () => (/* binding */ unset),
/* harmony export */   y8: () => (/* binding */ theInput),
/* harmony export */   yo: () => (/* binding */ UserError),
/* harmony export */   zK: () => (/* binding */ RUNNER)
/* harmony export */ });
/* unused harmony export isUserError */
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

/***/ 92536:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   LI: () => (/* binding */ resolveInside),
/* harmony export */   PL: () => (/* binding */ refuseBare),
/* harmony export */   Uc: () => (/* binding */ workspaceRelative),
/* harmony export */   resolveExistingFolder: () => (/* binding */ resolveExistingFolder),
/* harmony export */   resolveWorkingDirectory: () => (/* binding */ resolveWorkingDirectory)
/* harmony export */ });
/* unused harmony export insideGitCheckout */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(37638);
/* harmony import */ var _text_suggest_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(24619);




/**
 * Resolves a workspace-relative path, refusing one that leaves the workspace
 * or passes through a symbolic link (either could make an action read or
 * write outside the checkout). `what` names the input or file for the error.
 */
function resolveInside(workspace, path, what) {
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace);
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, path);
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, abs);
    if (rel === '..' || rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${what}: ${path} is outside the workspace`, { hint: 'use a path inside the repository' });
    let cur = root;
    for (const part of rel.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).filter(Boolean)) {
        cur = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cur, part);
        let st;
        try {
            st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(cur);
        }
        catch {
            break; // does not exist (yet): nothing further to check
        }
        if (st.isSymbolicLink())
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${what}: ${path} passes through a symbolic link (${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, cur)})`, {
                hint: 'point at the real path inside the repository',
            });
    }
    return abs;
}
/** A POSIX-style path relative to the workspace, for messages and annotations. */
function workspaceRelative(workspace, abs) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace), abs).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
}
/**
 * Resolves the `working-directory` input and checks that it is a folder inside
 * a git checkout, so a typo or a job without actions/checkout fails as a user
 * error naming the input instead of `spawn git ENOENT` (a missing cwd) or
 * `git … exited (128)` (no repository). Every action calls this before git.
 */
function resolveWorkingDirectory(workspace, path, input = 'working-directory', env = process.env) {
    const abs = resolveExistingFolder(workspace, path, input);
    if (!insideGitCheckout(abs, env)) {
        refuseBare(abs, path, input);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo([...shownInput(path, input), ' is not a git repository'], {
            hint: 'check out the repository first (actions/checkout)',
            cliHint: 'run lockstep inside a git repository (cd into a clone, or git init and commit the charts)',
        });
    }
    return abs;
}
/**
 * Refuses a bare repository (HEAD, objects and refs in the folder, no .git):
 * it has history but no files to work on.
 */
function refuseBare(abs, path, input = 'working-directory') {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(abs, '.git')) && ['HEAD', 'objects', 'refs'].every((p) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(abs, p))))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo([...shownInput(path, input), ' is a bare git repository (it has no work tree)'], {
            hint: 'run in a clone of it that has a work tree (actions/checkout)',
            cliHint: 'run lockstep in a clone of it that has a work tree (git clone <path>)',
        });
}
/**
 * Like resolveWorkingDirectory, for an action that needs no git repository:
 * the folder must exist inside the workspace, and nothing more.
 */
function resolveExistingFolder(workspace, path, input = 'working-directory') {
    const abs = resolveInside(workspace, path, input);
    const shown = shownInput(path, input);
    let st;
    try {
        st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(abs);
    }
    catch {
        const guess = nearestFolder(workspace, path);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo([...shown, ' does not exist'], {
            hint: guess
                ? `did you mean ${guess}?`
                : (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .words */ .aL) `set ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .named */ .KT)(input)} to a folder of the checked-out repository, relative to the workspace`,
        });
    }
    if (!st.isDirectory())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo([...shown, ' is not a folder'], { hint: (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .words */ .aL) `set ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .named */ .KT)(input)} to a folder of the checked-out repository` });
    return abs;
}
/** The folder beside a mistyped `path` whose name is nearest to its last part (`charts/myap` → `charts/myapp`), if any is close. */
function nearestFolder(workspace, path) {
    const parts = path.replace(/\\/g, '/').replace(/\/+$/, '').split('/');
    const last = parts.pop();
    if (!last)
        return undefined;
    try {
        const names = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace, ...parts), { withFileTypes: true })
            .filter((d) => d.isDirectory() && !d.name.startsWith('.'))
            .map((d) => d.name);
        const guess = (0,_text_suggest_js__WEBPACK_IMPORTED_MODULE_3__/* .nearest */ .p)(last, names);
        return guess === undefined || guess === last ? undefined : [...parts, guess].join('/');
    }
    catch {
        return undefined;
    }
}
function shownInput(path, input) {
    return path === '' || path === '.' ? (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .words */ .aL) `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .named */ .KT)(input)} '.' (the workspace)` : (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .words */ .aL) `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .named */ .KT)(input)} '${path}'`;
}
/**
 * Whether `dir` lies in a git work tree: some folder from it up to the root
 * holds `.git` (a folder, or a file as in worktrees and submodules), or GIT_DIR
 * names the repository. Found without starting git, which the caller will do anyway.
 */
function insideGitCheckout(dir, env = process.env) {
    if (env.GIT_DIR)
        return true;
    for (let cur = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(dir);; cur = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(cur)) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(cur, '.git'));
            return true;
        }
        catch {
            // not here: look one folder up
        }
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(cur) === cur)
            return false;
    }
}


/***/ }),

/***/ 90669:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Ej: () => (/* binding */ DEEPEN_STEPS),
  NV: () => (/* binding */ GIT_ENV),
  SG: () => (/* binding */ GIT_FETCH),
  YH: () => (/* binding */ GIT_NO_HOOKS),
  Xq: () => (/* binding */ gitRecords),
  q_: () => (/* binding */ gitText),
  W_: () => (/* binding */ gitTry),
  Iz: () => (/* binding */ spawnGit)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(31421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
;// CONCATENATED MODULE: ./packages/core/src/git/nul-records.ts
/**
 * Splits a byte stream at NUL bytes as it arrives (`git … -z` output): each
 * record is handed over whole, once its NUL has come, so a record cut
 * between two chunks (in the middle of a multi-byte character too) is joined
 * before anyone decodes it. A NUL byte is never part of another UTF-8
 * character, so splitting bytes there is splitting the text there. After the
 * last chunk, `end` hands over what follows the last NUL (possibly nothing):
 * the records are exactly the pieces of `text.split('\0')`.
 */
class NulRecords {
    onRecord;
    /** The start of the record being read, when it began in an earlier chunk. */
    pending = [];
    constructor(onRecord) {
        this.onRecord = onRecord;
    }
    push(chunk) {
        let from = 0;
        for (let at = chunk.indexOf(0); at !== -1; at = chunk.indexOf(0, from)) {
            const piece = chunk.subarray(from, at);
            from = at + 1;
            if (this.pending.length === 0) {
                this.onRecord(piece);
                continue;
            }
            this.pending.push(piece);
            const record = Buffer.concat(this.pending);
            this.pending = [];
            this.onRecord(record);
        }
        if (from < chunk.length)
            this.pending.push(chunk.subarray(from));
    }
    end() {
        const rest = Buffer.concat(this.pending);
        this.pending = [];
        this.onRecord(rest);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/git/spawn.ts





/** The environment every git process lockstep starts runs with: no prompt, C locale, no optional locks. */
const GIT_ENV = { GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', GIT_OPTIONAL_LOCKS: '0' };
/**
 * Put before the arguments of every git process lockstep starts: no hook
 * (`core.hooksPath` in the checkout's or the user's config, e.g. a
 * reference-transaction hook that runs on fetch) and no fsmonitor command
 * runs while the job's token is in git's environment. Command-line config
 * wins over every config file; a local-path remote's own side drops it
 * (git clears GIT_CONFIG_PARAMETERS there), so a server's hooks still run.
 */
const GIT_NO_HOOKS = ['-c', 'core.hooksPath=/dev/null', '-c', 'core.fsmonitor=false'];
/**
 * How every `git fetch` lockstep runs begins: the fetch, and no `git
 * maintenance run --auto` after it. An action's fetch brings a few commits
 * into a checkout that lives for one job; the maintenance git would start
 * afterwards (a repack, a commit-graph write) costs the job time and keeps
 * the workspace busy for nothing. It is said with the `maintenance.auto`
 * setting (git 2.29+, the release that brought `git maintenance`), not
 * fetch's `--no-auto-maintenance` option of the same release: a git older
 * than 2.29 refuses an option it does not know, which would fail every
 * fetch, while it ignores a setting it does not know.
 */
const GIT_FETCH = ['-c', 'maintenance.auto=false', 'fetch'];
/**
 * How a shallow clone is deepened when more of its history is needed (a merge
 * base, a pin's soak time): this many commits more behind its boundary, in
 * turn, before the rest of it is fetched.
 */
const DEEPEN_STEPS = [64, 512, 4096];
/**
 * A spawner over node:child_process, without the Repo's memo (objects.ts's
 * gitSpawner adds it). It is used instead of @actions/exec on purpose: this
 * action's cost is dominated by process start and module loading, and a raw
 * spawn keeps both small.
 */
function spawnGit(cwd, env = process.env) {
    // Standard output to a pipe, or to a file descriptor (a spool file).
    const start = (args, out = 'pipe') => (0,external_node_child_process_.spawn)('git', [...GIT_NO_HOOKS, ...args], { cwd, env: { ...env, ...GIT_ENV }, stdio: ['ignore', out, 'pipe'] });
    const git = (args) => new Promise((done, fail) => {
        const child = start(args);
        const out = [];
        let err = '';
        child.stdout.on('data', (d) => out.push(d));
        child.stderr.setEncoding('utf8').on('data', (d) => (err += d));
        child.on('error', fail);
        child.on('close', (code) => done({ code: code ?? 1, stdout: Buffer.concat(out), stderr: err }));
    });
    git.records = (args, onRecord, signal) => new Promise((done, fail) => {
        if (signal?.aborted)
            return fail(signal.reason instanceof Error ? signal.reason : new Error(String(signal.reason)));
        const spool = spoolFile();
        let child;
        try {
            child = start(args, spool ? spool.write : 'pipe');
        }
        catch (e) {
            if (spool)
                (0,external_node_fs_.closeSync)(spool.read);
            throw e;
        }
        finally {
            // git holds its own copy of the write end; a spawn that throws leaves no descriptor open.
            if (spool)
                (0,external_node_fs_.closeSync)(spool.write);
        }
        const records = new NulRecords(onRecord);
        let err = '';
        // A reader that throws stops git: the error is the outcome, not an uncaught exception.
        let thrown;
        const read = (step) => {
            if (thrown)
                return;
            try {
                step();
            }
            catch (error) {
                thrown = error instanceof Error ? error : new Error(String(error));
                child.kill();
            }
        };
        const abort = () => read(() => signal.throwIfAborted());
        signal?.addEventListener('abort', abort, { once: true });
        child.stderr.setEncoding('utf8').on('data', (d) => (err += d));
        let code;
        let settled = false;
        const settle = (failure) => {
            if (settled)
                return;
            settled = true;
            signal?.removeEventListener('abort', abort);
            if (spool)
                (0,external_node_fs_.closeSync)(spool.read);
            if (failure)
                return fail(failure);
            read(() => records.end());
            if (thrown)
                fail(thrown);
            else
                done({ code: code ?? 1, stderr: err });
        };
        child.on('error', (e) => settle(e));
        if (!spool) {
            child.stdout.on('data', (d) => read(() => records.push(d)));
            child.on('close', (c) => {
                code = c ?? 1;
                settle();
            });
            return;
        }
        // What git has written is read a pipe's worth at a time while the event loop is free; at the end of it,
        // read again a millisecond later, or as soon as git has ended (then to the end of the file).
        let timer;
        const poll = () => {
            timer = undefined;
            if (settled)
                return;
            if (thrown) {
                // Stopped: settled once git has ended.
                if (code !== undefined)
                    settle();
                return;
            }
            const chunk = Buffer.allocUnsafe(SPOOL_CHUNK);
            let n = 0;
            read(() => (n = (0,external_node_fs_.readSync)(spool.read, chunk, 0, chunk.length, null)));
            if (n > 0) {
                read(() => records.push(n === chunk.length ? chunk : chunk.subarray(0, n)));
                setImmediate(poll);
            }
            else if (code !== undefined)
                settle();
            else if (!thrown)
                timer = setTimeout(poll, 1);
        };
        child.on('close', (c) => {
            code = c ?? 1;
            if (timer) {
                clearTimeout(timer);
                poll();
            }
            else if (thrown)
                settle();
        });
        timer = setTimeout(poll, 1);
    });
    return git;
}
/** How much of a spooled output is read at a time: what a pipe holds, so records arrive as they did through one. */
const SPOOL_CHUNK = 64 * 1024;
/**
 * A file for git's output: created in the temp folder by this process alone
 * (exclusive, 0600) and unlinked at once, so nothing is left behind whatever
 * happens; git writes to `write`, the reader reads `read`. Through a pipe, git
 * stops once 64 KiB wait unread, and a run busy with other work (a release
 * checking its files while git walks the commits since the last release)
 * leaves them unread; through a file it writes on. undefined where no such
 * file can be made (or an open file cannot be unlinked, as on Windows): the
 * caller reads a pipe.
 */
function spoolFile() {
    if (process.platform === 'win32')
        return undefined;
    for (let attempt = 0; attempt < 3; attempt++) {
        const path = (0,external_node_path_.join)((0,external_node_os_.tmpdir)(), `lockstep-git-${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`);
        let write;
        let read;
        try {
            write = (0,external_node_fs_.openSync)(path, 'wx', 0o600);
            read = (0,external_node_fs_.openSync)(path, 'r');
            (0,external_node_fs_.unlinkSync)(path);
            return { write, read };
        }
        catch (e) {
            for (const fd of [write, read])
                if (fd !== undefined)
                    (0,external_node_fs_.closeSync)(fd);
            if (write !== undefined) {
                try {
                    (0,external_node_fs_.rmSync)(path, { force: true });
                }
                catch {
                    // Left for the temp folder's cleaning: the output goes through a pipe.
                }
            }
            if (e.code !== 'EEXIST')
                return undefined;
        }
    }
    return undefined;
}
/**
 * git.records, or, for a spawner without it (a test's wrapper), the whole
 * output read and split the same way.
 */
async function gitRecords(git, args, onRecord, signal) {
    if (git.records)
        return git.records(args, onRecord, signal);
    signal?.throwIfAborted();
    const r = await git(args);
    signal?.throwIfAborted();
    const records = new NulRecords(onRecord);
    records.push(r.stdout);
    records.end();
    return { code: r.code, stderr: r.stderr };
}
/**
 * The one "run git, return its text" helper: stdout as text; a non-zero exit
 * throws with git's message. gitTry is its lenient form.
 */
async function gitText(git, args) {
    const r = await git(args);
    if (r.code !== 0)
        throw new Error(`git ${args[0]} failed (exit ${r.code}): ${r.stderr.trim()}`);
    return r.stdout.toString('utf8');
}
/** gitText for a question git may answer by failing (no such remote, ref or repository): trimmed stdout, or undefined. */
async function gitTry(git, args) {
    const r = await git(args);
    return r.code === 0 ? r.stdout.toString('utf8').trim() : undefined;
}


/***/ }),

/***/ 57019:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G$: () => (/* binding */ blobTextSync),
/* harmony export */   Td: () => (/* binding */ commitsAheadSync),
/* harmony export */   VA: () => (/* binding */ topLevelSync),
/* harmony export */   "do": () => (/* binding */ hasUncommittedSync),
/* harmony export */   hH: () => (/* binding */ headRefSync),
/* harmony export */   tF: () => (/* binding */ configValueSync)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _spawn_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(90669);


// The git questions answered synchronously: where the CLI stands before any command loads (its
// repository's top, the branch, the user's identity) and the release's reads of HEAD's files during
// planning. Each one git command line, spelled here and nowhere else; hooks off as every git lockstep starts.
/** The trimmed output of `git <args>` in `cwd` (with `env`, when given), or undefined when git failed. */
function gitSync(cwd, args, env) {
    const r = env
        ? (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)('git', [..._spawn_js__WEBPACK_IMPORTED_MODULE_1__/* .GIT_NO_HOOKS */ .YH, ...args], { cwd, env, encoding: 'utf8' })
        : (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)('git', [..._spawn_js__WEBPACK_IMPORTED_MODULE_1__/* .GIT_NO_HOOKS */ .YH, ...args], { cwd, encoding: 'utf8' });
    return r.status === 0 ? r.stdout.trim() : undefined;
}
/** The top of the repository `cwd` is in, or undefined outside one (or '' as git printed it). */
function topLevelSync(cwd) {
    return gitSync(cwd, ['rev-parse', '--show-toplevel']);
}
/** A git config value as `git config --get` reads it in `cwd` with `env`; '' when unset. */
function configValueSync(cwd, env, key) {
    return gitSync(cwd, ['config', '--get', key], { ...env }) ?? '';
}
/** The ref HEAD is a symbolic ref to (`refs/heads/…`), or undefined on a detached HEAD. */
function headRefSync(cwd) {
    return gitSync(cwd, ['symbolic-ref', '--quiet', 'HEAD']);
}
/** How many commits HEAD has that `sha` has not (0 when git cannot tell). */
function commitsAheadSync(cwd, sha) {
    const out = gitSync(cwd, ['rev-list', '--count', `${sha}..HEAD`]);
    return out === undefined ? 0 : Number(out);
}
/** Whether tracked files differ from HEAD (untracked ones aside). */
function hasUncommittedSync(cwd) {
    const out = gitSync(cwd, ['status', '--porcelain', '--untracked-files=no']);
    return out !== undefined && out !== '';
}
/** The text of the blob `spec` (`commit:path`) names, read in `cwd`; undefined when it names none. */
function blobTextSync(cwd, env, spec) {
    const r = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)('git', [..._spawn_js__WEBPACK_IMPORTED_MODULE_1__/* .GIT_NO_HOOKS */ .YH, 'cat-file', 'blob', spec], {
        cwd,
        env: { ...env, LC_ALL: 'C', GIT_OPTIONAL_LOCKS: '0' },
        maxBuffer: 1 << 30,
    });
    return r.status === 0 ? r.stdout.toString('utf8') : undefined;
}


/***/ }),

/***/ 66371:
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

/***/ 57987:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D8: () => (/* binding */ ansiStyle),
/* harmony export */   Gc: () => (/* binding */ renderMarkdown),
/* harmony export */   bF: () => (/* binding */ renderTerminal),
/* harmony export */   kJ: () => (/* binding */ terminalSafe),
/* harmony export */   sj: () => (/* binding */ plainStyle)
/* harmony export */ });
/* harmony import */ var _text_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(69888);

/** The job-summary rendering of a view. Every string of the view is plain text: all of it is escaped (escapeMarkdown, escapeTableCell). */
function renderMarkdown(v) {
    const table = (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownTable */ .Qj)(v.headers, v.rows);
    const list = (items, mark = '') => items.map((n) => `- ${mark}${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(n)}`).join('\n');
    const title = (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(v.title);
    const status = (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(v.status);
    const noted = v.notes.length ? `\n**Notes**\n\n${list(v.notes)}\n` : '';
    const warned = !v.warnings.length
        ? ''
        : v.warningStyle === 'bullets'
            ? `\n${list(v.warnings, '⚠️ ')}\n`
            : `\n**Warnings**\n\n${list(v.warnings)}\n`;
    if (v.statusFirst === false)
        return `### ${title}\n\n${table}\n\n${status}\n${noted}${warned}`;
    return `### ${title}\n\n${status}\n\n${table}\n${noted}${warned}`;
}
/** No colour: what a pipe, a file or NO_COLOR gets. */
const plainStyle = {
    bold: (s) => s,
    dim: (s) => s,
    yellow: (s) => s,
    green: (s) => s,
    red: (s) => s,
    cyan: (s) => s,
};
/** ANSI colour for a TTY. */
const ansiStyle = {
    bold: (s) => `\u001b[1m${s}\u001b[22m`,
    dim: (s) => `\u001b[2m${s}\u001b[22m`,
    yellow: (s) => `\u001b[33m${s}\u001b[39m`,
    green: (s) => `\u001b[32m${s}\u001b[39m`,
    red: (s) => `\u001b[31m${s}\u001b[39m`,
    cyan: (s) => `\u001b[36m${s}\u001b[39m`,
};
/**
 * Text from files and registries shown on a terminal: control characters
 * (an ESC would start an escape sequence the file's author chose) are shown
 * as `\xNN`; tabs stay.
 */
function terminalSafe(s) {
    return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
/** How a diff line is coloured: `+` green, `-` red, `@@` cyan, context plain, headings bold. */
function diffLineStyle(l, style) {
    if (l.startsWith('@@'))
        return style.cyan;
    if (l.startsWith('+'))
        return style.green;
    if (l.startsWith('-'))
        return style.red;
    if (l.startsWith(' ') || l === '')
        return (s) => s;
    return style.bold;
}
/**
 * The terminal rendering of a view: columns padded to their widest line, a
 * multi-line cell continued on the following lines, then the status, notes
 * and warnings. Text is printed as it is: a terminal runs no workflow commands.
 */
function renderTerminal(v, style = plainStyle) {
    const split = (c) => terminalSafe(c.replace(/\r?\n/g, '\n')).split('\n');
    const widths = v.headers.map((h, i) => Math.max(h.length, ...v.rows.map((r) => Math.max(...split(r[i] ?? '').map((l) => l.length)))));
    const line = (cells) => cells
        .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i])))
        .join('  ')
        .trimEnd();
    const out = [style.bold(line(v.headers))];
    for (const r of v.rows) {
        const parts = r.map(split);
        const height = Math.max(...parts.map((p) => p.length));
        for (let k = 0; k < height; k++)
            out.push(line(parts.map((p) => p[k] ?? '')));
    }
    if (v.diff?.length)
        out.push('', ...v.diff.map((l) => diffLineStyle(l, style)(terminalSafe(l))));
    if (v.errors?.length)
        out.push('', ...v.errors.map((e) => style.red(`error: ${terminalSafe(e)}`)));
    out.push('', terminalSafe(v.status));
    if (v.notes.length)
        out.push('', ...v.notes.map((n) => style.dim(`note: ${terminalSafe(n)}`)));
    if (v.warnings.length)
        out.push('', ...v.warnings.map((w) => style.yellow(`warning: ${terminalSafe(w)}`)));
    return `${out.join('\n')}\n`;
}


/***/ }),

/***/ 5740:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ SIGNING_SETTINGS)
/* harmony export */ });
// The signing settings, declared once and listed in each table whose operation writes commits with git
// (prepare-release, promote-env, hydrate-env): the action's secret and the key file both faces take.
/** `signing-key` (the key itself, a secret: never a flag) and `signing-key-file` (a key file, or a public key with ssh-agent). */
const SIGNING_SETTINGS = [
    {
        input: 'signing-key',
        kind: 'secret',
        docs: 'An SSH private key (no passphrase), kept as a secret: every commit lockstep writes with git (commit-mode git) is SSH-signed with it, so git verify-commit with an allowed-signers file passes (Flux verify, Argo CD source integrity). Written to a 0600 temporary file removed after the run; never logged. Empty: commits are not signed.',
    },
    {
        input: 'signing-key-file',
        kind: 'path',
        docs: "A file holding the SSH private key (no passphrase) that signs the commits lockstep writes with git, or its public key (.pub) with the private key in ssh-agent (SSH_AUTH_SOCK): the terminal's way to sign (signing-key gives the key itself).",
    },
];


/***/ }),

/***/ 18892:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ BUMP)
/* harmony export */ });
/** bump-chart / lockstep bump. */
const BUMP = {
    operation: 'bump',
    action: 'bump-chart',
    settings: [
        {
            input: 'charts',
            kind: 'path-list',
            config: { key: 'charts', where: 'top' },
            docs: 'Chart folders or globs, one per line or comma-separated (braces in globs keep their commas, e.g. charts/{api,worker}); default config charts; neither given is an error.',
        },
        {
            input: 'level',
            kind: 'choice',
            choices: ['patch', 'minor', 'major'],
            default: 'patch',
            docs: 'How to bump the chart version when no version is given (patch, minor or major), applied to the version at the base; a chart already bumped at least that much is left alone.',
        },
        {
            input: 'base',
            kind: 'ref',
            docs: "Branch, tag or commit whose chart versions the level applies to, so a rerun does not bump twice (default the pull request's base, else the default branch's tip on origin).",
        },
        { input: 'version', kind: 'semver', docs: 'Explicit chart version (SemVer 2, pre-releases allowed, e.g. 1.4.0-rc.2).' },
        { input: 'app-version', kind: 'string', docs: 'New appVersion, or the literal file to read it from the config version-file.' },
        {
            input: 'changelog-entry',
            kind: 'string',
            docs: 'Changelog line for the new version (default names the new appVersion or chart version).',
        },
        {
            input: 'cascade',
            kind: 'bool',
            default: 'true',
            docs: 'Also bump charts that depend on a bumped chart (file:// or charts/ subfolder) and update their dependency version.',
        },
        {
            input: 'artifacthub-changes',
            kind: 'bool',
            default: 'false',
            docs: 'Also write the artifacthub.io/changes annotation in Chart.yaml from the changelog entries.',
        },
        { input: 'dry-run', kind: 'bool', default: 'false', docs: 'Print the unified diff of what would change and write nothing.' },
        {
            input: 'config',
            kind: 'path',
            default: '.github/lockstep.yml',
            docs: 'Path of the lockstep configuration file, relative to working-directory.',
        },
        { input: 'working-directory', kind: 'workdir', default: '.', docs: 'Folder to work in, relative to the workspace.' },
    ],
};


/***/ }),

/***/ 58302:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ CHECK)
/* harmony export */ });
/* harmony import */ var _table_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(96355);
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

/***/ 10531:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ DIGESTS)
/* harmony export */ });
/** capture-digests / lockstep digests. */
const DIGESTS = {
    operation: 'digests',
    action: 'capture-digests',
    settings: [
        {
            input: 'images',
            kind: 'list',
            docs: 'Images to capture as name=registry/repository:tag, one per line or comma-separated (e.g. api=ghcr.io/acme/api:1.7.3).',
        },
        {
            input: 'services',
            kind: 'list',
            docs: 'Instead of images: service names from the config services map, one per line or comma-separated (all or empty = every service), each with tag applied.',
        },
        { input: 'tag', kind: 'string', docs: 'Tag applied to each configured service image when services is used (e.g. 1.7.3).' },
        { input: 'output', kind: 'path', default: 'image-digests.json', docs: 'Digests file to write, relative to working-directory.' },
        {
            input: 'merge',
            kind: 'bool',
            default: 'false',
            docs: "Keep the existing entries and fail when this run records a name already there with another digest (for matrix jobs that each add their service), unless overwrite. Without merge or replace, the existing entries are kept and this run's names updated.",
        },
        {
            input: 'overwrite',
            kind: 'bool',
            default: 'false',
            docs: 'With merge, replace an existing entry of the same name that has another digest instead of failing.',
        },
        {
            input: 'replace',
            kind: 'bool',
            default: 'false',
            docs: "Write only this run's entries: every other entry of an existing output file is dropped, and the dropped names are listed.",
        },
        {
            input: 'sha',
            kind: 'string',
            docs: 'Commit recorded with each entry; defaults to the first 7 characters of GITHUB_SHA, else the short HEAD commit of working-directory (git rev-parse --short HEAD).',
        },
        {
            input: 'platform',
            kind: 'string',
            docs: "Record this platform's manifest digest (os/arch[/variant], e.g. linux/amd64) instead of the multi-arch index digest; a single-platform image must be built for it (checked against its image config).",
        },
        {
            input: 'username',
            kind: 'string',
            docs: 'Registry username, used for every registry in the list; else ~/.docker/config.json (docker/login-action), else anonymous.',
        },
        { input: 'password', kind: 'secret', docs: 'Registry password or token (masked); given together with username.' },
        {
            input: 'dry-run',
            kind: 'bool',
            default: 'false',
            docs: 'Resolve the digests and print the diff of the output file, but write nothing.',
        },
        {
            input: 'working-directory',
            kind: 'workdir',
            default: '.',
            docs: 'Folder inside the workspace that output and config are relative to.',
        },
        {
            input: 'config',
            kind: 'path',
            default: '.github/lockstep.yml',
            docs: 'Path of the lockstep configuration file, relative to working-directory.',
        },
    ],
};


/***/ }),

/***/ 75721:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ HYDRATE)
/* harmony export */ });
/* harmony import */ var _signing_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5740);
// hydrate's settings table (see table.ts), in a file of its own so that an action's entry chunk
// carries its own table only. Edit here, then run `npm run settings`: it rewrites the action.yml
// `inputs:` block and the README tables.

/** hydrate-env / lockstep hydrate. */
const HYDRATE = {
    operation: 'hydrate',
    action: 'hydrate-env',
    settings: [
        {
            input: 'env',
            kind: 'list',
            docs: 'Environments to hydrate, comma-separated or one per line (default every environment with hydrate: in the config): one matrix job per environment or wave.',
        },
        {
            input: 'github-token',
            kind: 'secret',
            default: '${{ github.token }}',
            docs: 'Token to push the hydrated branches (contents: write).',
        },
        ..._signing_js__WEBPACK_IMPORTED_MODULE_0__/* .SIGNING_SETTINGS */ .A,
        {
            input: 'dry-run',
            kind: 'bool',
            default: 'false',
            docs: 'Render and say which hydrated branches would change, but commit and push nothing.',
        },
        {
            input: 'mode',
            kind: 'choice',
            choices: ['hydrate', 'check'],
            default: 'hydrate',
            docs: "hydrate (write each <branch>-next) or check (refuse, at the file and line, a hydrated branch that differs from a fresh render of the drySha its hydrator.metadata names: a hand edit); a promotion pull request's check.",
        },
        {
            input: 'commit',
            kind: 'ref',
            docs: "With mode: check, the hydrated commit to check (e.g. the pull request's head SHA) instead of the tip of the environment's proposed branch on origin; one environment (env).",
        },
        {
            input: 'config',
            kind: 'path',
            default: '.github/lockstep.yml',
            docs: 'Path of the lockstep configuration file, relative to working-directory.',
        },
        { input: 'working-directory', kind: 'workdir', default: '.', docs: 'Folder to work in, relative to the workspace.' },
    ],
};


/***/ }),

/***/ 20882:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ PROMOTE)
/* harmony export */ });
/* harmony import */ var _signing_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5740);
/* harmony import */ var _table_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(96355);
// promote's settings table (see table.ts), in a file of its own so that an action's entry chunk
// carries its own table only (it names the secret inputs masked first). Edit here, then run
// `npm run settings`: it rewrites the action.yml `inputs:` block and the README tables.


/** promote-env / lockstep promote. */
const PROMOTE = {
    operation: 'promote',
    action: 'promote-env',
    settings: [
        {
            input: 'from',
            kind: 'string',
            docs: 'Source environment (e.g. dev), or ref:<sha-or-tag> to roll the target back to what it pinned at that ref. May be empty when promoting into the first environment from digests or version.',
        },
        {
            input: 'to',
            kind: 'string',
            docs: 'Target environment (e.g. staging), or several in order (e.g. prod-eu, prod-us), or a config waves name — waves open one after the other, each once the previous one is merged and its require-checks are green on the merge commit. Not needed with record deployments (it then limits the record to that environment).',
        },
        {
            input: 'environments',
            kind: 'list',
            docs: 'Promotion order, comma-separated or one per line (default the config environments, else dev,staging,prod).',
        },
        {
            input: 'digests',
            kind: 'path',
            docs: "A capture-digests file (service → tag, digest, sha) to take the new pins from. Without it the source environment's pins are copied.",
        },
        { input: 'version', kind: 'semver', docs: 'An explicit image tag for the services (e.g. a release tag v1.2.0).' },
        {
            input: 'resolve-digests',
            kind: 'bool',
            docs: 'Resolve tags to digests through the registry before writing (default true for protected targets, false otherwise).',
        },
        {
            input: 'push',
            kind: 'choice',
            choices: ['pr', 'direct'],
            default: 'pr',
            docs: 'pr (open or update a pull request) or direct (commit to the base branch with a lease; refused for protected targets).',
        },
        {
            input: 'services',
            kind: 'list',
            docs: 'Limit the promotion to these services (comma-separated or one per line; default every service the source names).',
        },
        {
            input: 'chart-version',
            kind: 'semver',
            docs: "Chart version to set as the target ArgoCD Application's targetRevision; one exact SemVer version that was released (its tag <chart>-<version> in the repository, or its chart in the registry), said in the pull request when it is not the source's.",
        },
        {
            input: 'values-file',
            kind: 'file',
            docs: 'Values file template when the config has no environments, with {env} (e.g. environments/{env}/values.yaml).',
        },
        {
            input: 'values-key',
            kind: 'string',
            docs: 'Values key template when the config has no services, with {service} (e.g. services.{service}.image, or image for a single-image chart).',
        },
        {
            input: 'repository',
            kind: 'string',
            docs: 'owner/name of a separate repository to promote in (e.g. a gitops-config repository); cloned with github-token. Default the current repository.',
        },
        {
            input: 'verify-source',
            kind: 'bool',
            default: 'true',
            docs: 'Refuse an image whose digest the source environment does not pin now (it never ran there).',
        },
        {
            input: 'values-drift',
            kind: 'choice',
            choices: ['error', 'warn', 'off'],
            config: {
                key: 'values-drift',
                where: 'environment',
                defaultWhen: { key: 'protected', is: true, then: 'error', otherwise: 'warn' },
                docs: 'A key the values file sets that the chart version the environment runs reads and the promoted version no longer reads: error refuses the promotion (also when a chart version cannot be read), warn annotates it (default error when protected, else warn).',
            },
            docs: "What a key the target's values file sets, that the chart version the target runs reads and the promoted version no longer reads, does; error (refuse before any write, also when a chart version cannot be read from its release tag or registry), warn (annotate and go on) or off (default config values-drift, else error for protected environments, warn otherwise).",
        },
        {
            input: 'values-contract',
            kind: 'choice',
            choices: ['error', 'warn', 'off'],
            config: _table_js__WEBPACK_IMPORTED_MODULE_1__/* .VALUES_CONTRACT_KEY */ .uN,
            docs: "What the values contract does for a promotion that moves the target's chart version: a key the target's values (its values files, an Application's inline values and helm.parameters, a HelmRelease's spec.values and valuesFrom) set that no template of the promoted chart version (its subcharts, global) reads, named at its line with the nearest key that version reads, and what that version's values.schema.json refuses in the merged values, at the line that wrote the key; error (refuse before any write, also when that version cannot be read), warn (annotate, and say it in the pull request) or off (default the target's config values-contract, else the top's, else error for protected environments, warn otherwise).",
        },
        {
            input: 'render',
            kind: 'choice',
            choices: ['auto', 'on', 'off'],
            config: _table_js__WEBPACK_IMPORTED_MODULE_1__/* .RENDER_KEY */ .hG,
            docs: "Rendered manifest diffs of the target (helm template as it runs now and after the merge, per object, in the pull request and the summary); auto (render when Helm 3.8 or later is on PATH, else one line saying how to add it), on (Helm required) or off (default the target's config render, else the config's top-level render, else auto).",
        },
        {
            input: 'validate',
            kind: 'choice',
            choices: ['error', 'warn', 'off'],
            config: _table_js__WEBPACK_IMPORTED_MODULE_1__/* .VALIDATE_KEY */ .FZ,
            docs: "What a rendered object of the target that fails schema validation does: the promoted render is validated offline against the Kubernetes schemas of the target's kube-version (and Flux's, for Flux objects), the CRDs of the chart, the render and config crds:, and the APIs that version no longer serves, and the Flux resources the promotion edits against Flux's schemas at their lines; error (refuse before any write), warn (annotate and go on) or off (default the target's config validate, else error for protected environments, warn otherwise).",
        },
        { input: 'base', kind: 'ref', docs: "Base branch of the repository promoted in (default the repository's default branch)." },
        { input: 'draft', kind: 'bool', default: 'false', docs: 'Open the pull request as a draft (always a draft for protected targets).' },
        {
            input: 'labels',
            kind: 'list',
            default: 'automation:release-bump',
            docs: 'Labels of the pull request (comma-separated or one per line).',
        },
        { input: 'reviewers', kind: 'list', docs: 'Users to request a review from (comma-separated or one per line).' },
        {
            input: 'auto-merge',
            kind: 'bool',
            config: { key: 'auto-merge', where: 'environment', default: false },
            docs: "Enable GitHub auto-merge on the pull request (default the target environment's config auto-merge; never for protected targets).",
        },
        {
            input: 'notify-pulls',
            kind: 'bool',
            config: { key: 'notify-pulls', where: 'top', default: false },
            docs: 'Comment on every source pull request this promotion ships (one lockstep comment, edited in place: "Released in v1.5.0 → staging (#41, merged …) → prod (#44, draft)"), and, when the base branch\'s tip merged a promotion pull request, add its merge to the same comments. Needs pull-requests: write. Default: the config\'s notify-pulls (false).',
        },
        {
            input: 'notify-webhook',
            kind: 'string',
            docs: 'A URL (https; plain http only to this machine) to POST one event to per promotion outcome (opened, held, landed, rolled-back): JSON with a stable id, retried on failure, signed with notify-secret; masked in the log. A receiver that cannot be reached leaves the promotion as it went, with a warning.',
        },
        {
            input: 'notify-format',
            kind: 'choice',
            choices: ['json', 'slack'],
            default: 'json',
            docs: "The webhook's body: json (the event) or slack (a Slack incoming webhook's { text }).",
        },
        {
            input: 'notify-secret',
            kind: 'secret',
            docs: 'The key the webhook body is signed with: HMAC-SHA256 in X-Hub-Signature-256 (sha256=<hex>), as GitHub signs its webhooks (masked). lockstep promote reads it from LOCKSTEP_NOTIFY_SECRET.',
        },
        {
            input: 'lift-hold',
            kind: 'bool',
            default: 'false',
            docs: "Lift the target's rollback hold: a rollback (from ref:<tag-or-sha>) that landed holds the environment and those after it, and this promotion, once it lands, ends the hold.",
        },
        { input: 'allow-skip', kind: 'bool', default: 'false', docs: 'Allow a promotion that skips an environment (e.g. dev → prod).' },
        {
            input: 'allow-chart-downgrade',
            kind: 'bool',
            default: 'false',
            docs: "Allow a promotion that lowers the target's chart version (a rollback with from ref:<tag-or-sha> needs no allowance).",
        },
        {
            input: 'allow-image-downgrade',
            kind: 'bool',
            default: 'false',
            docs: 'Allow a promotion that lowers an image tag the target runs, in SemVer order (a rollback with from ref:<tag-or-sha> needs no allowance).',
        },
        {
            input: 'require-checks',
            kind: 'list',
            docs: 'Names of check runs or commit statuses that must be green on the commit the source pins came from (comma-separated or one per line).',
        },
        {
            input: 'min-soak',
            kind: 'duration',
            config: {
                key: 'min-soak',
                where: 'environment',
                reader: 'duration',
                docs: 'Soak time: a digest is promoted from this environment only once it has been pinned here on the base branch this long (30m, 1h, 2d, 1h30m).',
            },
            docs: 'Soak time of the source environment (30m, 1h, 2d, 1h30m), overriding its config min-soak; a digest is promoted only once it has been pinned there on the base branch this long. A rollback (from ref:) never waits.',
        },
        {
            input: 'wait',
            kind: 'choice',
            choices: ['refuse', 'draft'],
            config: {
                key: 'wait',
                where: 'environment',
                default: 'refuse',
                docs: 'A promotion from this environment before min-soak has passed: refuse it, or open its pull request as a draft without auto-merge.',
            },
            docs: "A promotion before the soak time has passed - refuse (the default) or draft (open the pull request as a draft without auto-merge). Overrides the source environment's config wait.",
        },
        {
            input: 'break-glass-label',
            kind: 'string',
            default: 'break-glass',
            docs: "The label that lets the promotion pull request through the target's promotion windows and freezes (who added it, and when, is recorded in the pull request body).",
        },
        {
            input: 'github-token',
            kind: 'secret',
            default: '${{ github.token }}',
            docs: 'Token to push and open the pull request (a GitHub App or PAT token where the pull request must trigger other workflows, or for another repository).',
        },
        {
            input: 'record',
            kind: 'string',
            docs: 'deployments to record instead of promoting - the promotion that landed on the base branch (a merged promotion pull request or a direct push, found by its Lockstep-Generated trailer) becomes a GitHub Deployment of each environment it changed, with a success status, the previous one marked inactive. Run it on push to the default branch.',
        },
        {
            input: 'commit-mode',
            kind: 'choice',
            choices: ['git', 'api'],
            config: { key: 'commit-mode', where: 'top', default: 'git' },
            docs: "How the promotion commit is written: git pushes it; api creates it through the GitHub API, signed by GitHub (Verified) for GITHUB_TOKEN or a GitHub App token, as a 'require signed commits' ruleset needs. Empty: the config's commit-mode, else git.",
        },
        ..._signing_js__WEBPACK_IMPORTED_MODULE_0__/* .SIGNING_SETTINGS */ .A,
        {
            input: 'dry-run',
            kind: 'bool',
            default: 'false',
            docs: 'Print the unified diff and the drift table; write, push and call nothing that mutates.',
        },
        {
            input: 'config',
            kind: 'path',
            default: '.github/lockstep.yml',
            docs: 'Path of the lockstep configuration file, relative to working-directory.',
        },
        { input: 'working-directory', kind: 'workdir', default: '.', docs: 'Folder to work in, relative to the workspace.' },
    ],
};


/***/ }),

/***/ 77401:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ PUBLISH)
/* harmony export */ });
/** publish-chart / lockstep publish. */
const PUBLISH = {
    operation: 'publish',
    action: 'publish-chart',
    settings: [
        {
            input: 'registry',
            kind: 'oci-ref',
            config: {
                key: 'chart-registry',
                where: 'top',
                reader: 'oci-path',
                docs: 'OCI registry and path the charts are published to (e.g. oci://ghcr.io/acme/charts; each chart is <chart-registry>/<name>:<version>): publish-chart pushes there, and chart-bump-check takes a version tag found there as published.',
            },
            docs: 'OCI registry and path to push to (e.g. oci://ghcr.io/acme/charts); each chart becomes <registry>/<name>:<version>. Default: the config chart-registry.',
        },
        {
            input: 'charts',
            kind: 'path-list',
            config: { key: 'charts', where: 'top' },
            docs: 'Chart folders or globs, one per line or comma-separated; default the config charts (its [] means none), else every chart under working-directory.',
        },
        {
            input: 'digests-file',
            kind: 'path',
            docs: "Digests file to add each chart's entry to (name → digest, image, sha, tag: the format promote-env reads), relative to working-directory; empty writes none.",
        },
        {
            input: 'sha',
            kind: 'string',
            docs: 'Commit recorded in the digests file; defaults to the first 7 characters of GITHUB_SHA, else the short HEAD commit of working-directory.',
        },
        {
            input: 'signing-key',
            kind: 'secret',
            docs: 'PEM private key (ECDSA P-256, RSA or Ed25519; masked) to sign each chart with as cosign sign --key does: the signature goes to <registry>/<name>:sha256-<hex>.sig.',
        },
        { input: 'username', kind: 'string', docs: 'Registry username; else ~/.docker/config.json (docker/login-action), else anonymous.' },
        { input: 'password', kind: 'secret', docs: 'Registry password or token (masked); given together with username.' },
        {
            input: 'dry-run',
            kind: 'bool',
            default: 'false',
            docs: 'Package the charts and compare them with the registry, but push and write nothing.',
        },
        {
            input: 'working-directory',
            kind: 'workdir',
            default: '.',
            docs: 'Folder inside the workspace that charts, digests-file and config are relative to.',
        },
        {
            input: 'config',
            kind: 'path',
            default: '.github/lockstep.yml',
            docs: 'Path of the lockstep configuration file, relative to working-directory.',
        },
    ],
};


/***/ }),

/***/ 96615:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ RELEASE)
/* harmony export */ });
/* harmony import */ var _signing_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5740);
// release's settings table (see table.ts), in a file of its own so that an action's entry chunk
// carries its own table only (it names the secret inputs masked first). Edit here, then run
// `npm run settings`: it rewrites the action.yml `inputs:` block and the README tables.

/** prepare-release / lockstep release. */
const RELEASE = {
    operation: 'release',
    action: 'prepare-release',
    settings: [
        {
            input: 'version',
            kind: 'semver',
            docs: 'Explicit release version (SemVer, greater than the last release); overrides the computed one.',
        },
        {
            input: 'prerelease',
            kind: 'string',
            docs: 'Pre-release identifier (e.g. rc) to release X.Y.Z-rc.N, N counted up from existing tags.',
        },
        { input: 'initial-version', kind: 'semver', default: '0.1.0', docs: 'Version of the first release, when no release tag exists yet.' },
        {
            input: 'tag-prefix',
            kind: 'string',
            config: { key: 'tag-prefix', where: 'top', default: 'v', docs: 'Prefix of release tags.' },
            docs: 'Prefix of release tags (default config tag-prefix, else v).',
        },
        {
            input: 'version-file',
            kind: 'file',
            config: { key: 'version-file', where: 'top', default: '.version', docs: 'File holding the release version X.Y.Z on one line.' },
            docs: 'File holding X.Y.Z on one line (default config version-file, else .version).',
        },
        {
            input: 'charts',
            kind: 'path-list',
            config: {
                key: 'charts',
                where: 'top',
                docs: 'Chart folders or globs. Absent: every folder holding a Chart.yaml, not inside another chart; []: no chart. An entry matching no chart folder is an error.',
            },
            docs: "Chart folders or globs to bump, one per line (default config charts, else every chart; the config's [] means none).",
        },
        {
            input: 'packages',
            kind: 'list',
            config: {
                key: 'packages',
                where: 'top',
                default: [],
                docs: 'Files whose own version becomes X.Y.Z at release (pyproject.toml, package.json).',
            },
            docs: 'pyproject.toml or package.json files whose own version becomes X.Y.Z, one per line (default config packages).',
        },
        {
            input: 'pins',
            kind: 'yaml',
            config: {
                key: 'pins',
                where: 'top',
                default: [],
                reader: 'pins',
                docs: 'Dependency pins set to X.Y.Z at release.',
                schema: {
                    type: 'array',
                    items: {
                        type: 'object',
                        additionalProperties: false,
                        required: ['files', 'names'],
                        properties: {
                            files: { type: 'string', minLength: 1, description: 'Glob of files holding the pins.' },
                            table: { type: 'string', description: 'TOML table (dotted) or JSON object path holding the pins.' },
                            names: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1, description: 'Dependency names to pin.' },
                        },
                    },
                },
            },
            docs: 'Dependency pins set to X.Y.Z, as YAML like the config key (a list of {files, table, names}); default config pins.',
        },
        {
            input: 'lock-command',
            kind: 'yaml',
            config: {
                key: 'lock-command',
                where: 'top',
                docs: 'argv run in each folder whose pins changed (no shell).',
                schema: { type: 'array', items: { type: 'string' }, minItems: 1 },
            },
            docs: 'Command run (no shell) in each folder whose pins changed, as a YAML/JSON list, e.g. [poetry, lock, --no-update]; default config lock-command.',
        },
        {
            input: 'changelog',
            kind: 'choice',
            choices: ['auto', 'required', 'off'],
            config: {
                key: 'changelog',
                where: 'top',
                default: 'auto',
                docs: 'auto: keep a changelog where a chart has CHANGELOG.md; required: every chart must; off: never.',
            },
            docs: 'Chart changelogs (auto, required or off; default config changelog, else auto). The root CHANGELOG.md always gets the release notes.',
        },
        { input: 'branch-prefix', kind: 'ref', default: 'chore/release-', docs: 'Release branch prefix; the branch is <prefix>X.Y.Z.' },
        {
            input: 'base',
            kind: 'ref',
            docs: 'Branch releases are made from and the release PR targets (default the branch the workflow runs on).',
        },
        { input: 'labels', kind: 'list', default: 'release', docs: 'Labels of the release PR, one per line or comma-separated.' },
        {
            input: 'freeze-label',
            kind: 'string',
            default: 'release-freeze',
            docs: 'A release PR with this label is left alone and no new one is opened.',
        },
        {
            input: 'pre-major',
            kind: 'choice',
            choices: ['minor', 'major'],
            default: 'minor',
            docs: 'What a breaking change does below 1.0.0 (minor or major).',
        },
        { input: 'author', kind: 'identity', docs: 'Author of the release commit, as Name <email> (default github-actions[bot]).' },
        {
            input: 'committer',
            kind: 'identity',
            docs: 'Committer of the release commit and tagger of the release tag, as Name <email> (default github-actions[bot]).',
        },
        {
            input: 'github-token',
            kind: 'secret',
            default: '${{ github.token }}',
            docs: 'Token for git pushes and the GitHub API (a GitHub App or PAT token makes the release PR trigger other workflows).',
        },
        {
            input: 'notify-pulls',
            kind: 'bool',
            config: {
                key: 'notify-pulls',
                where: 'top',
                default: false,
                docs: 'prepare-release and promote-env: leave one comment on every pull request a release or promotion ships, edited in place ("Released in v1.5.0 → staging (#41, merged …) → prod (#44, draft)"). Needs pull-requests: write.',
            },
            docs: 'After publishing a release, comment "Released in v1.5.0" on every pull request its notes cite (one lockstep comment per pull request, edited in place by later promotions). Needs pull-requests: write. Default: the config\'s notify-pulls (false).',
        },
        {
            input: 'assets',
            kind: 'path-list',
            docs: 'Files or globs attached to the GitHub Release, one per line (relative to working-directory): uploaded to the draft before it is published once, as immutable releases need. A line matching no file is an error before anything is written.',
        },
        {
            input: 'commit-mode',
            kind: 'choice',
            choices: ['git', 'api'],
            config: {
                key: 'commit-mode',
                where: 'top',
                default: 'git',
                docs: 'prepare-release and promote-env: git pushes the commits lockstep makes; api creates them through the GitHub API, signed by GitHub (Verified) for GITHUB_TOKEN or a GitHub App token, for "require signed commits" rulesets.',
            },
            docs: "How the release commit and the release tag are written: git pushes them; api creates them through the GitHub API, signed by GitHub (Verified) for GITHUB_TOKEN or a GitHub App token, as a 'require signed commits' ruleset needs. Empty: the config's commit-mode, else git.",
        },
        ..._signing_js__WEBPACK_IMPORTED_MODULE_0__/* .SIGNING_SETTINGS */ .A,
        {
            input: 'dry-run',
            kind: 'bool',
            default: 'false',
            docs: 'Print the next version, the notes and the unified diff; write, push and call nothing that mutates. On pull_request and merge_group events every run is a dry run.',
        },
        {
            input: 'config',
            kind: 'path',
            default: '.github/lockstep.yml',
            docs: 'Path of the lockstep configuration file, relative to working-directory.',
        },
        { input: 'working-directory', kind: 'workdir', default: '.', docs: 'Folder to work in, relative to the workspace.' },
    ],
};


/***/ }),

/***/ 96355:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FZ: () => (/* binding */ VALIDATE_KEY),
/* harmony export */   Up: () => (/* binding */ pick),
/* harmony export */   _y: () => (/* binding */ secretInputs),
/* harmony export */   hG: () => (/* binding */ RENDER_KEY),
/* harmony export */   uN: () => (/* binding */ VALUES_CONTRACT_KEY)
/* harmony export */ });
/* unused harmony export settingOf */
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

/***/ 83602:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cb: () => (/* binding */ METRICS),
/* harmony export */   XL: () => (/* binding */ ACTION_TABLES),
/* harmony export */   XQ: () => (/* binding */ STATUS)
/* harmony export */ });
/* unused harmony exports CONFIG, TABLES */
/* harmony import */ var _table_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(96355);
/* harmony import */ var _table_check_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(58302);
/* harmony import */ var _table_bump_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(18892);
/* harmony import */ var _table_digests_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(10531);
/* harmony import */ var _table_publish_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(77401);
/* harmony import */ var _table_release_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(96615);
/* harmony import */ var _table_promote_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(20882);
/* harmony import */ var _table_hydrate_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(75721);
// Every operation's settings table (see table.ts), one file each (table-<operation>.ts): edit there, then
// run `npm run settings`: it rewrites each actions/*/action.yml `inputs:` block and the README tables.









/** lockstep status: where the environments are read (part of promote-env's inputs). */
const STATUS = (0,_table_js__WEBPACK_IMPORTED_MODULE_0__/* .pick */ .Up)(_table_promote_js__WEBPACK_IMPORTED_MODULE_6__/* .PROMOTE */ .R, 'status', [
    'environments',
    'services',
    'values-file',
    'values-key',
    'repository',
    'base',
    'config',
    'working-directory',
]);
/** lockstep metrics: the base branch whose history is read (part of promote-env's inputs). */
const METRICS = (0,_table_js__WEBPACK_IMPORTED_MODULE_0__/* .pick */ .Up)(_table_promote_js__WEBPACK_IMPORTED_MODULE_6__/* .PROMOTE */ .R, 'metrics', ['base', 'config', 'working-directory']);
/** lockstep config: the two inputs every action takes to find the config. */
const CONFIG = (0,_table_js__WEBPACK_IMPORTED_MODULE_0__/* .pick */ .Up)(_table_bump_js__WEBPACK_IMPORTED_MODULE_2__/* .BUMP */ .H, 'config', ['config', 'working-directory']);
/** Every operation's table, by operation. */
const TABLES = {
    check: _table_check_js__WEBPACK_IMPORTED_MODULE_1__/* .CHECK */ .f,
    bump: _table_bump_js__WEBPACK_IMPORTED_MODULE_2__/* .BUMP */ .H,
    digests: _table_digests_js__WEBPACK_IMPORTED_MODULE_3__/* .DIGESTS */ .E,
    publish: _table_publish_js__WEBPACK_IMPORTED_MODULE_4__/* .PUBLISH */ .W,
    release: _table_release_js__WEBPACK_IMPORTED_MODULE_5__/* .RELEASE */ .g,
    promote: _table_promote_js__WEBPACK_IMPORTED_MODULE_6__/* .PROMOTE */ .R,
    hydrate: _table_hydrate_js__WEBPACK_IMPORTED_MODULE_7__/* .HYDRATE */ .s,
    status: STATUS,
    metrics: METRICS,
    config: CONFIG,
};
/** The table of each action (the operation that owns its inputs). */
const ACTION_TABLES = [_table_check_js__WEBPACK_IMPORTED_MODULE_1__/* .CHECK */ .f, _table_bump_js__WEBPACK_IMPORTED_MODULE_2__/* .BUMP */ .H, _table_digests_js__WEBPACK_IMPORTED_MODULE_3__/* .DIGESTS */ .E, _table_publish_js__WEBPACK_IMPORTED_MODULE_4__/* .PUBLISH */ .W, _table_release_js__WEBPACK_IMPORTED_MODULE_5__/* .RELEASE */ .g, _table_promote_js__WEBPACK_IMPORTED_MODULE_6__/* .PROMOTE */ .R, _table_hydrate_js__WEBPACK_IMPORTED_MODULE_7__/* .HYDRATE */ .s];


/***/ }),

/***/ 60385:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ splitListLines),
/* harmony export */   r: () => (/* binding */ splitList)
/* harmony export */ });
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

/***/ 69888:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   EH: () => (/* binding */ inertNotes),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   Qj: () => (/* binding */ markdownTable),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   aL: () => (/* binding */ escapeTableCell),
/* harmony export */   vY: () => (/* binding */ inertNotesText)
/* harmony export */ });
/* harmony import */ var _mentions_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(78274);

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
    return (0,_mentions_js__WEBPACK_IMPORTED_MODULE_0__/* .inertReferences */ .x)(markdown)
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

/***/ 78274:
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

/***/ 41068:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ redact),
/* harmony export */   e: () => (/* binding */ secretForms)
/* harmony export */ });
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


/***/ }),

/***/ 24619:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ didYouMean),
/* harmony export */   p: () => (/* binding */ nearest)
/* harmony export */ });
/* harmony import */ var fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(21916);

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

/***/ 50871:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ terminalFace),
/* harmony export */   f: () => (/* binding */ TERMINAL)
/* harmony export */ });
const always = () => true;
/**
 * Inputs a terminal does not take as a flag of their name, and how it takes them: a secret is never a
 * flag (the token from the environment, a password on stdin, a key from a file), and a command with
 * --push (promote, release) writes only with it, which is its dry-run input turned around.
 */
const TERMINAL_OWN = {
    'github-token': { applies: always, name: () => 'GITHUB_TOKEN (or GH_TOKEN)', set: () => 'export GITHUB_TOKEN (or GH_TOKEN)' },
    password: { applies: always, name: () => '--password-stdin', set: () => 'pipe the password to --password-stdin' },
    'signing-key': { applies: always, name: () => '--signing-key-file', set: () => 'pass --signing-key-file with the key file' },
    'dry-run': {
        applies: (flags) => flags?.has('push') === true,
        name: (v) => (v === 'false' ? '--push' : 'a dry run (no --push)'),
        set: (v) => (v === 'false' ? 'pass --push' : 'leave out --push'),
    },
};
/** `--name value`, as commander reads a flag: a switch on is `--name`, off `--no-name`. */
function flag(input, value) {
    if (value === undefined || value === 'true')
        return `--${input}`;
    return value === 'false' ? `--no-${input}` : `--${input} ${value}`;
}
/**
 * A terminal: inputs are flags. `flags` are the long flags of the command that ran (without `--`
 * and `no-`), which decide how the inputs it takes otherwise are named (TERMINAL_OWN).
 * Without `flags`, every input but a secret is taken to be a flag.
 */
function terminalFace(flags) {
    return {
        terminal: true,
        word: ({ input, value, form }) => {
            const own = TERMINAL_OWN[input];
            if (own?.applies(flags))
                return form === 'set' ? own.set(value) : form === 'unset' ? `leave out ${own.name()}` : own.name(value);
            if (form === 'unset')
                return `leave out --${input}`;
            return `${form === 'set' ? 'pass ' : ''}${flag(input, value)}`;
        },
    };
}
/** A terminal whose command's flags are not known: every input but a secret is a flag. */
const TERMINAL = terminalFace();


/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 91943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 78877:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 21829:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  uB: () => (/* reexport */ command_Command),
  b7: () => (/* reexport */ CommanderError),
  c$: () => (/* reexport */ option_Option)
});

// UNUSED EXPORTS: Argument, Help, InvalidArgumentError, InvalidOptionArgumentError, createArgument, createCommand, createOption, program

;// CONCATENATED MODULE: ./node_modules/commander/lib/error.js
/**
 * CommanderError class
 */
class CommanderError extends Error {
  /**
   * Constructs the CommanderError class
   * @param {number} exitCode suggested exit code which could be used with process.exit
   * @param {string} code an id string representing the error
   * @param {string} message human-readable description of the error
   */
  constructor(exitCode, code, message) {
    super(message);
    // properly capture stack trace in Node.js
    Error.captureStackTrace(this, this.constructor);
    this.name = this.constructor.name;
    this.code = code;
    this.exitCode = exitCode;
    this.nestedError = undefined;
  }
}

/**
 * InvalidArgumentError class
 */
class InvalidArgumentError extends CommanderError {
  /**
   * Constructs the InvalidArgumentError class
   * @param {string} [message] explanation of why argument is invalid
   */
  constructor(message) {
    super(1, 'commander.invalidArgument', message);
    // properly capture stack trace in Node.js
    Error.captureStackTrace(this, this.constructor);
    this.name = this.constructor.name;
  }
}

;// CONCATENATED MODULE: ./node_modules/commander/lib/argument.js


class argument_Argument {
  /**
   * Initialize a new command argument with the given name and description.
   * The default is that the argument is required, and you can explicitly
   * indicate this with <> around the name. Put [] around the name for an optional argument.
   *
   * @param {string} name
   * @param {string} [description]
   */

  constructor(name, description) {
    this.description = description || '';
    this.variadic = false;
    this.parseArg = undefined;
    this.defaultValue = undefined;
    this.defaultValueDescription = undefined;
    this.argChoices = undefined;

    switch (name[0]) {
      case '<': // e.g. <required>
        this.required = true;
        this._name = name.slice(1, -1);
        break;
      case '[': // e.g. [optional]
        this.required = false;
        this._name = name.slice(1, -1);
        break;
      default:
        this.required = true;
        this._name = name;
        break;
    }

    if (this._name.endsWith('...')) {
      this.variadic = true;
      this._name = this._name.slice(0, -3);
    }
  }

  /**
   * Return argument name.
   *
   * @return {string}
   */

  name() {
    return this._name;
  }

  /**
   * @package
   */

  _collectValue(value, previous) {
    if (previous === this.defaultValue || !Array.isArray(previous)) {
      return [value];
    }

    previous.push(value);
    return previous;
  }

  /**
   * Set the default value, and optionally supply the description to be displayed in the help.
   *
   * @param {*} value
   * @param {string} [description]
   * @return {Argument}
   */

  default(value, description) {
    this.defaultValue = value;
    this.defaultValueDescription = description;
    return this;
  }

  /**
   * Set the custom handler for processing CLI command arguments into argument values.
   *
   * @param {Function} [fn]
   * @return {Argument}
   */

  argParser(fn) {
    this.parseArg = fn;
    return this;
  }

  /**
   * Only allow argument value to be one of choices.
   *
   * @param {string[]} values
   * @return {Argument}
   */

  choices(values) {
    this.argChoices = values.slice();
    this.parseArg = (arg, previous) => {
      if (!this.argChoices.includes(arg)) {
        throw new InvalidArgumentError(
          `Allowed choices are ${this.argChoices.join(', ')}.`,
        );
      }
      if (this.variadic) {
        return this._collectValue(arg, previous);
      }
      return arg;
    };
    return this;
  }

  /**
   * Make argument required.
   *
   * @returns {Argument}
   */
  argRequired() {
    this.required = true;
    return this;
  }

  /**
   * Make argument optional.
   *
   * @returns {Argument}
   */
  argOptional() {
    this.required = false;
    return this;
  }
}

/**
 * Takes an argument and returns its human readable equivalent for help usage.
 *
 * @param {Argument} arg
 * @return {string}
 * @private
 */

function humanReadableArgName(arg) {
  const nameOutput = arg.name() + (arg.variadic === true ? '...' : '');

  return arg.required ? '<' + nameOutput + '>' : '[' + nameOutput + ']';
}

;// CONCATENATED MODULE: external "node:events"
const external_node_events_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(31421);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
;// CONCATENATED MODULE: external "node:process"
const external_node_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(57975);
;// CONCATENATED MODULE: ./node_modules/commander/lib/help.js



/**
 * TypeScript import types for JSDoc, used by Visual Studio Code IntelliSense and `npm run typescript-checkJS`
 * https://www.typescriptlang.org/docs/handbook/jsdoc-supported-types.html#import-types
 * @typedef { import("./argument.js").Argument } Argument
 * @typedef { import("./command.js").Command } Command
 * @typedef { import("./option.js").Option } Option
 */

// Although this is a class, methods are static in style to allow override using subclass or just functions.
class Help {
  constructor() {
    this.helpWidth = undefined;
    this.minWidthToWrap = 40;
    this.sortSubcommands = false;
    this.sortOptions = false;
    this.showGlobalOptions = false;
  }

  /**
   * prepareContext is called by Commander after applying overrides from `Command.configureHelp()`
   * and just before calling `formatHelp()`.
   *
   * Commander just uses the helpWidth and the rest is provided for optional use by more complex subclasses.
   *
   * @param {{ error?: boolean, helpWidth?: number, outputHasColors?: boolean }} contextOptions
   */
  prepareContext(contextOptions) {
    this.helpWidth = this.helpWidth ?? contextOptions.helpWidth ?? 80;
  }

  /**
   * Get an array of the visible subcommands. Includes a placeholder for the implicit help command, if there is one.
   *
   * @param {Command} cmd
   * @returns {Command[]}
   */

  visibleCommands(cmd) {
    const visibleCommands = cmd.commands.filter((cmd) => !cmd._hidden);
    const helpCommand = cmd._getHelpCommand();
    if (helpCommand && !helpCommand._hidden) {
      visibleCommands.push(helpCommand);
    }
    if (this.sortSubcommands) {
      visibleCommands.sort((a, b) => {
        // @ts-ignore: because overloaded return type
        return a.name().localeCompare(b.name());
      });
    }
    return visibleCommands;
  }

  /**
   * Compare options for sort.
   *
   * @param {Option} a
   * @param {Option} b
   * @returns {number}
   */
  compareOptions(a, b) {
    const getSortKey = (option) => {
      // WYSIWYG for order displayed in help. Short used for comparison if present. No special handling for negated.
      return option.short
        ? option.short.replace(/^-/, '')
        : option.long.replace(/^--/, '');
    };
    return getSortKey(a).localeCompare(getSortKey(b));
  }

  /**
   * Get an array of the visible options. Includes a placeholder for the implicit help option, if there is one.
   *
   * @param {Command} cmd
   * @returns {Option[]}
   */

  visibleOptions(cmd) {
    const visibleOptions = cmd.options.filter((option) => !option.hidden);
    // Built-in help option.
    const helpOption = cmd._getHelpOption();
    if (helpOption && !helpOption.hidden) {
      // Automatically hide conflicting flags. Bit dubious but a historical behaviour that is convenient for single-command programs.
      const removeShort = helpOption.short && cmd._findOption(helpOption.short);
      const removeLong = helpOption.long && cmd._findOption(helpOption.long);
      if (!removeShort && !removeLong) {
        visibleOptions.push(helpOption); // no changes needed
      } else if (helpOption.long && !removeLong) {
        visibleOptions.push(
          cmd
            .createOption(helpOption.long, helpOption.description)
            .helpGroup(helpOption.helpGroupHeading),
        );
      } else if (helpOption.short && !removeShort) {
        visibleOptions.push(
          cmd
            .createOption(helpOption.short, helpOption.description)
            .helpGroup(helpOption.helpGroupHeading),
        );
      }
    }
    if (this.sortOptions) {
      visibleOptions.sort(this.compareOptions);
    }
    return visibleOptions;
  }

  /**
   * Get an array of the visible global options. (Not including help.)
   *
   * @param {Command} cmd
   * @returns {Option[]}
   */

  visibleGlobalOptions(cmd) {
    if (!this.showGlobalOptions) return [];

    const globalOptions = [];
    for (
      let ancestorCmd = cmd.parent;
      ancestorCmd;
      ancestorCmd = ancestorCmd.parent
    ) {
      const visibleOptions = ancestorCmd.options.filter(
        (option) => !option.hidden,
      );
      globalOptions.push(...visibleOptions);
    }
    if (this.sortOptions) {
      globalOptions.sort(this.compareOptions);
    }
    return globalOptions;
  }

  /**
   * Get an array of the arguments if any have a description.
   *
   * @param {Command} cmd
   * @returns {Argument[]}
   */

  visibleArguments(cmd) {
    // Side effect! Apply the legacy descriptions before the arguments are displayed.
    if (cmd._argsDescription) {
      cmd.registeredArguments.forEach((argument) => {
        argument.description =
          argument.description || cmd._argsDescription[argument.name()] || '';
      });
    }

    // If there are any arguments with a description then return all the arguments.
    if (cmd.registeredArguments.find((argument) => argument.description)) {
      return cmd.registeredArguments;
    }
    return [];
  }

  /**
   * Get the command term to show in the list of subcommands.
   *
   * @param {Command} cmd
   * @returns {string}
   */

  subcommandTerm(cmd) {
    // Legacy. Ignores custom usage string, and nested commands.
    const args = cmd.registeredArguments
      .map((arg) => humanReadableArgName(arg))
      .join(' ');
    return (
      cmd._name +
      (cmd._aliases[0] ? '|' + cmd._aliases[0] : '') +
      (cmd.options.length ? ' [options]' : '') + // simplistic check for non-help option
      (args ? ' ' + args : '')
    );
  }

  /**
   * Get the option term to show in the list of options.
   *
   * @param {Option} option
   * @returns {string}
   */

  optionTerm(option) {
    return option.flags;
  }

  /**
   * Get the argument term to show in the list of arguments.
   *
   * @param {Argument} argument
   * @returns {string}
   */

  argumentTerm(argument) {
    return argument.name();
  }

  /**
   * Get the longest command term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  longestSubcommandTermLength(cmd, helper) {
    return helper.visibleCommands(cmd).reduce((max, command) => {
      return Math.max(
        max,
        this.displayWidth(
          helper.styleSubcommandTerm(helper.subcommandTerm(command)),
        ),
      );
    }, 0);
  }

  /**
   * Get the longest option term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  longestOptionTermLength(cmd, helper) {
    return helper.visibleOptions(cmd).reduce((max, option) => {
      return Math.max(
        max,
        this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option))),
      );
    }, 0);
  }

  /**
   * Get the longest global option term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  longestGlobalOptionTermLength(cmd, helper) {
    return helper.visibleGlobalOptions(cmd).reduce((max, option) => {
      return Math.max(
        max,
        this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option))),
      );
    }, 0);
  }

  /**
   * Get the longest argument term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  longestArgumentTermLength(cmd, helper) {
    return helper.visibleArguments(cmd).reduce((max, argument) => {
      return Math.max(
        max,
        this.displayWidth(
          helper.styleArgumentTerm(helper.argumentTerm(argument)),
        ),
      );
    }, 0);
  }

  /**
   * Get the command usage to be displayed at the top of the built-in help.
   *
   * @param {Command} cmd
   * @returns {string}
   */

  commandUsage(cmd) {
    // Usage
    let cmdName = cmd._name;
    if (cmd._aliases[0]) {
      cmdName = cmdName + '|' + cmd._aliases[0];
    }
    let ancestorCmdNames = '';
    for (
      let ancestorCmd = cmd.parent;
      ancestorCmd;
      ancestorCmd = ancestorCmd.parent
    ) {
      ancestorCmdNames = ancestorCmd.name() + ' ' + ancestorCmdNames;
    }
    return ancestorCmdNames + cmdName + ' ' + cmd.usage();
  }

  /**
   * Get the description for the command.
   *
   * @param {Command} cmd
   * @returns {string}
   */

  commandDescription(cmd) {
    // @ts-ignore: because overloaded return type
    return cmd.description();
  }

  /**
   * Get the subcommand summary to show in the list of subcommands.
   * (Fallback to description for backwards compatibility.)
   *
   * @param {Command} cmd
   * @returns {string}
   */

  subcommandDescription(cmd) {
    // @ts-ignore: because overloaded return type
    return cmd.summary() || cmd.description();
  }

  /**
   * Get the option description to show in the list of options.
   *
   * @param {Option} option
   * @return {string}
   */

  optionDescription(option) {
    const extraInfo = [];

    if (option.argChoices) {
      extraInfo.push(
        // use stringify to match the display of the default value
        `choices: ${option.argChoices.map((choice) => JSON.stringify(choice)).join(', ')}`,
      );
    }
    if (option.defaultValue !== undefined) {
      // default for boolean and negated more for programmer than end user,
      // but show true/false for boolean option as may be for hand-rolled env or config processing.
      const showDefault =
        option.required ||
        option.optional ||
        (option.isBoolean() && typeof option.defaultValue === 'boolean');
      if (showDefault) {
        extraInfo.push(
          `default: ${option.defaultValueDescription || JSON.stringify(option.defaultValue)}`,
        );
      }
    }
    // preset for boolean and negated are more for programmer than end user
    if (option.presetArg !== undefined && option.optional) {
      extraInfo.push(`preset: ${JSON.stringify(option.presetArg)}`);
    }
    if (option.envVar !== undefined) {
      extraInfo.push(`env: ${option.envVar}`);
    }
    if (extraInfo.length > 0) {
      const extraDescription = `(${extraInfo.join(', ')})`;
      if (option.description) {
        return `${option.description} ${extraDescription}`;
      }
      return extraDescription;
    }

    return option.description;
  }

  /**
   * Get the argument description to show in the list of arguments.
   *
   * @param {Argument} argument
   * @return {string}
   */

  argumentDescription(argument) {
    const extraInfo = [];
    if (argument.argChoices) {
      extraInfo.push(
        // use stringify to match the display of the default value
        `choices: ${argument.argChoices.map((choice) => JSON.stringify(choice)).join(', ')}`,
      );
    }
    if (argument.defaultValue !== undefined) {
      extraInfo.push(
        `default: ${argument.defaultValueDescription || JSON.stringify(argument.defaultValue)}`,
      );
    }
    if (extraInfo.length > 0) {
      const extraDescription = `(${extraInfo.join(', ')})`;
      if (argument.description) {
        return `${argument.description} ${extraDescription}`;
      }
      return extraDescription;
    }
    return argument.description;
  }

  /**
   * Format a list of items, given a heading and an array of formatted items.
   *
   * @param {string} heading
   * @param {string[]} items
   * @param {Help} helper
   * @returns string[]
   */
  formatItemList(heading, items, helper) {
    if (items.length === 0) return [];

    return [helper.styleTitle(heading), ...items, ''];
  }

  /**
   * Group items by their help group heading.
   *
   * @param {Command[] | Option[]} unsortedItems
   * @param {Command[] | Option[]} visibleItems
   * @param {Function} getGroup
   * @returns {Map<string, Command[] | Option[]>}
   */
  groupItems(unsortedItems, visibleItems, getGroup) {
    const result = new Map();
    // Add groups in order of appearance in unsortedItems.
    unsortedItems.forEach((item) => {
      const group = getGroup(item);
      if (!result.has(group)) result.set(group, []);
    });
    // Add items in order of appearance in visibleItems.
    visibleItems.forEach((item) => {
      const group = getGroup(item);
      if (!result.has(group)) {
        result.set(group, []);
      }
      result.get(group).push(item);
    });
    return result;
  }

  /**
   * Generate the built-in help text.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {string}
   */

  formatHelp(cmd, helper) {
    const termWidth = helper.padWidth(cmd, helper);
    const helpWidth = helper.helpWidth ?? 80; // in case prepareContext() was not called

    function callFormatItem(term, description) {
      return helper.formatItem(term, termWidth, description, helper);
    }

    // Usage
    let output = [
      `${helper.styleTitle('Usage:')} ${helper.styleUsage(helper.commandUsage(cmd))}`,
      '',
    ];

    // Description
    const commandDescription = helper.commandDescription(cmd);
    if (commandDescription.length > 0) {
      output = output.concat([
        helper.boxWrap(
          helper.styleCommandDescription(commandDescription),
          helpWidth,
        ),
        '',
      ]);
    }

    // Arguments
    const argumentList = helper.visibleArguments(cmd).map((argument) => {
      return callFormatItem(
        helper.styleArgumentTerm(helper.argumentTerm(argument)),
        helper.styleArgumentDescription(helper.argumentDescription(argument)),
      );
    });
    output = output.concat(
      this.formatItemList('Arguments:', argumentList, helper),
    );

    // Options
    const optionGroups = this.groupItems(
      cmd.options,
      helper.visibleOptions(cmd),
      (option) => option.helpGroupHeading ?? 'Options:',
    );
    optionGroups.forEach((options, group) => {
      const optionList = options.map((option) => {
        return callFormatItem(
          helper.styleOptionTerm(helper.optionTerm(option)),
          helper.styleOptionDescription(helper.optionDescription(option)),
        );
      });
      output = output.concat(this.formatItemList(group, optionList, helper));
    });

    if (helper.showGlobalOptions) {
      const globalOptionList = helper
        .visibleGlobalOptions(cmd)
        .map((option) => {
          return callFormatItem(
            helper.styleOptionTerm(helper.optionTerm(option)),
            helper.styleOptionDescription(helper.optionDescription(option)),
          );
        });
      output = output.concat(
        this.formatItemList('Global Options:', globalOptionList, helper),
      );
    }

    // Commands
    const commandGroups = this.groupItems(
      cmd.commands,
      helper.visibleCommands(cmd),
      (sub) => sub.helpGroup() || 'Commands:',
    );
    commandGroups.forEach((commands, group) => {
      const commandList = commands.map((sub) => {
        return callFormatItem(
          helper.styleSubcommandTerm(helper.subcommandTerm(sub)),
          helper.styleSubcommandDescription(helper.subcommandDescription(sub)),
        );
      });
      output = output.concat(this.formatItemList(group, commandList, helper));
    });

    return output.join('\n');
  }

  /**
   * Return display width of string, ignoring ANSI escape sequences. Used in padding and wrapping calculations.
   *
   * @param {string} str
   * @returns {number}
   */
  displayWidth(str) {
    return (0,external_node_util_.stripVTControlCharacters)(str).length;
  }

  /**
   * Style the title for displaying in the help. Called with 'Usage:', 'Options:', etc.
   *
   * @param {string} str
   * @returns {string}
   */
  styleTitle(str) {
    return str;
  }

  styleUsage(str) {
    // Usage has lots of parts the user might like to color separately! Assume default usage string which is formed like:
    //    command subcommand [options] [command] <foo> [bar]
    return str
      .split(' ')
      .map((word) => {
        if (word === '[options]') return this.styleOptionText(word);
        if (word === '[command]') return this.styleSubcommandText(word);
        if (word[0] === '[' || word[0] === '<')
          return this.styleArgumentText(word);
        return this.styleCommandText(word); // Restrict to initial words?
      })
      .join(' ');
  }
  styleCommandDescription(str) {
    return this.styleDescriptionText(str);
  }
  styleOptionDescription(str) {
    return this.styleDescriptionText(str);
  }
  styleSubcommandDescription(str) {
    return this.styleDescriptionText(str);
  }
  styleArgumentDescription(str) {
    return this.styleDescriptionText(str);
  }
  styleDescriptionText(str) {
    return str;
  }
  styleOptionTerm(str) {
    return this.styleOptionText(str);
  }
  styleSubcommandTerm(str) {
    // This is very like usage with lots of parts! Assume default string which is formed like:
    //    subcommand [options] <foo> [bar]
    return str
      .split(' ')
      .map((word) => {
        if (word === '[options]') return this.styleOptionText(word);
        if (word[0] === '[' || word[0] === '<')
          return this.styleArgumentText(word);
        return this.styleSubcommandText(word); // Restrict to initial words?
      })
      .join(' ');
  }
  styleArgumentTerm(str) {
    return this.styleArgumentText(str);
  }
  styleOptionText(str) {
    return str;
  }
  styleArgumentText(str) {
    return str;
  }
  styleSubcommandText(str) {
    return str;
  }
  styleCommandText(str) {
    return str;
  }

  /**
   * Calculate the pad width from the maximum term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  padWidth(cmd, helper) {
    return Math.max(
      helper.longestOptionTermLength(cmd, helper),
      helper.longestGlobalOptionTermLength(cmd, helper),
      helper.longestSubcommandTermLength(cmd, helper),
      helper.longestArgumentTermLength(cmd, helper),
    );
  }

  /**
   * Detect manually wrapped and indented strings by checking for line break followed by whitespace.
   *
   * @param {string} str
   * @returns {boolean}
   */
  preformatted(str) {
    return /\n[^\S\r\n]/.test(str);
  }

  /**
   * Format the "item", which consists of a term and description. Pad the term and wrap the description, indenting the following lines.
   *
   * So "TTT", 5, "DDD DDDD DD DDD" might be formatted for this.helpWidth=17 like so:
   *   TTT  DDD DDDD
   *        DD DDD
   *
   * @param {string} term
   * @param {number} termWidth
   * @param {string} description
   * @param {Help} helper
   * @returns {string}
   */
  formatItem(term, termWidth, description, helper) {
    const itemIndent = 2;
    const itemIndentStr = ' '.repeat(itemIndent);
    if (!description) return itemIndentStr + term;

    // Pad the term out to a consistent width, so descriptions are aligned.
    const paddedTerm = term.padEnd(
      termWidth + term.length - helper.displayWidth(term),
    );

    // Format the description.
    const spacerWidth = 2; // between term and description
    const helpWidth = this.helpWidth ?? 80; // in case prepareContext() was not called
    const remainingWidth = helpWidth - termWidth - spacerWidth - itemIndent;
    let formattedDescription;
    if (
      remainingWidth < this.minWidthToWrap ||
      helper.preformatted(description)
    ) {
      formattedDescription = description;
    } else {
      const wrappedDescription = helper.boxWrap(description, remainingWidth);
      formattedDescription = wrappedDescription.replace(
        /\n/g,
        '\n' + ' '.repeat(termWidth + spacerWidth),
      );
    }

    // Construct and overall indent.
    return (
      itemIndentStr +
      paddedTerm +
      ' '.repeat(spacerWidth) +
      formattedDescription.replace(/\n/g, `\n${itemIndentStr}`)
    );
  }

  /**
   * Wrap a string at whitespace, preserving existing line breaks.
   * Wrapping is skipped if the width is less than `minWidthToWrap`.
   *
   * @param {string} str
   * @param {number} width
   * @returns {string}
   */
  boxWrap(str, width) {
    if (width < this.minWidthToWrap) return str;

    const rawLines = str.split(/\r\n|\n/);
    // split up text by whitespace
    const chunkPattern = /[\s]*[^\s]+/g;
    const wrappedLines = [];
    rawLines.forEach((line) => {
      const chunks = line.match(chunkPattern);
      if (chunks === null) {
        wrappedLines.push('');
        return;
      }

      let sumChunks = [chunks.shift()];
      let sumWidth = this.displayWidth(sumChunks[0]);
      chunks.forEach((chunk) => {
        const visibleWidth = this.displayWidth(chunk);
        // Accumulate chunks while they fit into width.
        if (sumWidth + visibleWidth <= width) {
          sumChunks.push(chunk);
          sumWidth += visibleWidth;
          return;
        }
        wrappedLines.push(sumChunks.join(''));

        const nextChunk = chunk.trimStart(); // trim space at line break
        sumChunks = [nextChunk];
        sumWidth = this.displayWidth(nextChunk);
      });
      wrappedLines.push(sumChunks.join(''));
    });

    return wrappedLines.join('\n');
  }
}

;// CONCATENATED MODULE: ./node_modules/commander/lib/option.js


class option_Option {
  /**
   * Initialize a new `Option` with the given `flags` and `description`.
   *
   * @param {string} flags
   * @param {string} [description]
   */

  constructor(flags, description) {
    this.flags = flags;
    this.description = description || '';

    this.required = flags.includes('<'); // A value must be supplied when the option is specified.
    this.optional = flags.includes('['); // A value is optional when the option is specified.
    // variadic test ignores <value,...> et al which might be used to describe custom splitting of single argument
    this.variadic = /\p{ID_Continue}\.\.\.[>\]]$/u.test(flags); // The option can take multiple values.
    this.mandatory = false; // The option must have a value after parsing, which usually means it must be specified on command line.
    const optionFlags = splitOptionFlags(flags);
    this.short = optionFlags.shortFlag; // May be a short flag, undefined, or even a long flag (if option has two long flags).
    this.long = optionFlags.longFlag;
    this.negate = false;
    if (this.long) {
      this.negate = this.long.startsWith('--no-');
    }
    this.defaultValue = undefined;
    this.defaultValueDescription = undefined;
    this.presetArg = undefined;
    this.envVar = undefined;
    this.parseArg = undefined;
    this.hidden = false;
    this.argChoices = undefined;
    this.conflictsWith = [];
    this.implied = undefined;
    this.helpGroupHeading = undefined; // soft initialised when option added to command
  }

  /**
   * Set the default value, and optionally supply the description to be displayed in the help.
   *
   * @param {*} value
   * @param {string} [description]
   * @return {Option}
   */

  default(value, description) {
    this.defaultValue = value;
    this.defaultValueDescription = description;
    return this;
  }

  /**
   * Preset to use when option used without option-argument, especially optional but also boolean and negated.
   * The custom processing (parseArg) is called.
   *
   * @example
   * new Option('--color').default('GREYSCALE').preset('RGB');
   * new Option('--donate [amount]').preset('20').argParser(parseFloat);
   *
   * @param {*} arg
   * @return {Option}
   */

  preset(arg) {
    this.presetArg = arg;
    return this;
  }

  /**
   * Add option name(s) that conflict with this option.
   * An error will be displayed if conflicting options are found during parsing.
   *
   * @example
   * new Option('--rgb').conflicts('cmyk');
   * new Option('--js').conflicts(['ts', 'jsx']);
   *
   * @param {(string | string[])} names
   * @return {Option}
   */

  conflicts(names) {
    this.conflictsWith = this.conflictsWith.concat(names);
    return this;
  }

  /**
   * Specify implied option values for when this option is set and the implied options are not.
   *
   * The custom processing (parseArg) is not called on the implied values.
   *
   * @example
   * program
   *   .addOption(new Option('--log', 'write logging information to file'))
   *   .addOption(new Option('--trace', 'log extra details').implies({ log: 'trace.txt' }));
   *
   * @param {object} impliedOptionValues
   * @return {Option}
   */
  implies(impliedOptionValues) {
    let newImplied = impliedOptionValues;
    if (typeof impliedOptionValues === 'string') {
      // string is not documented, but easy mistake and we can do what user probably intended.
      newImplied = { [impliedOptionValues]: true };
    }
    this.implied = Object.assign(this.implied || {}, newImplied);
    return this;
  }

  /**
   * Set environment variable to check for option value.
   *
   * An environment variable is only used if when processed the current option value is
   * undefined, or the source of the current value is 'default' or 'config' or 'env'.
   *
   * @param {string} name
   * @return {Option}
   */

  env(name) {
    this.envVar = name;
    return this;
  }

  /**
   * Set the custom handler for processing CLI option arguments into option values.
   *
   * @param {Function} [fn]
   * @return {Option}
   */

  argParser(fn) {
    this.parseArg = fn;
    return this;
  }

  /**
   * Whether the option is mandatory and must have a value after parsing.
   *
   * @param {boolean} [mandatory=true]
   * @return {Option}
   */

  makeOptionMandatory(mandatory = true) {
    this.mandatory = !!mandatory;
    return this;
  }

  /**
   * Hide option in help.
   *
   * @param {boolean} [hide=true]
   * @return {Option}
   */

  hideHelp(hide = true) {
    this.hidden = !!hide;
    return this;
  }

  /**
   * @package
   */

  _collectValue(value, previous) {
    if (previous === this.defaultValue || !Array.isArray(previous)) {
      return [value];
    }

    previous.push(value);
    return previous;
  }

  /**
   * Only allow option value to be one of choices.
   *
   * @param {string[]} values
   * @return {Option}
   */

  choices(values) {
    this.argChoices = values.slice();
    this.parseArg = (arg, previous) => {
      if (!this.argChoices.includes(arg)) {
        throw new InvalidArgumentError(
          `Allowed choices are ${this.argChoices.join(', ')}.`,
        );
      }
      if (this.variadic) {
        return this._collectValue(arg, previous);
      }
      return arg;
    };
    return this;
  }

  /**
   * Return option name.
   *
   * @return {string}
   */

  name() {
    if (this.long) {
      return this.long.replace(/^--/, '');
    }
    return this.short.replace(/^-/, '');
  }

  /**
   * Return option name, in a camelcase format that can be used
   * as an object attribute key.
   *
   * @return {string}
   */

  attributeName() {
    if (this.negate) {
      return camelcase(this.name().replace(/^no-/, ''));
    }
    return camelcase(this.name());
  }

  /**
   * Set the help group heading.
   *
   * @param {string} heading
   * @return {Option}
   */
  helpGroup(heading) {
    this.helpGroupHeading = heading;
    return this;
  }

  /**
   * Check if `arg` matches the short or long flag.
   *
   * @param {string} arg
   * @return {boolean}
   * @package
   */

  is(arg) {
    return this.short === arg || this.long === arg;
  }

  /**
   * Return whether a boolean option.
   *
   * Options are one of boolean, negated, required argument, or optional argument.
   *
   * @return {boolean}
   * @package
   */

  isBoolean() {
    return !this.required && !this.optional && !this.negate;
  }
}

/**
 * This class is to make it easier to work with dual options, without changing the existing
 * implementation. We support separate dual options for separate positive and negative options,
 * like `--build` and `--no-build`, which share a single option value. This works nicely for some
 * use cases, but is tricky for others where we want separate behaviours despite
 * the single shared option value.
 */
class DualOptions {
  /**
   * @param {Option[]} options
   */
  constructor(options) {
    this.positiveOptions = new Map();
    this.negativeOptions = new Map();
    this.dualOptions = new Set();
    options.forEach((option) => {
      if (option.negate) {
        this.negativeOptions.set(option.attributeName(), option);
      } else {
        this.positiveOptions.set(option.attributeName(), option);
      }
    });
    this.negativeOptions.forEach((value, key) => {
      if (this.positiveOptions.has(key)) {
        this.dualOptions.add(key);
      }
    });
  }

  /**
   * Did the value come from the option, and not from possible matching dual option?
   *
   * @param {*} value
   * @param {Option} option
   * @returns {boolean}
   */
  valueFromOption(value, option) {
    const optionKey = option.attributeName();
    if (!this.dualOptions.has(optionKey)) return true;

    // Use the value to deduce if (probably) came from the option.
    const preset = this.negativeOptions.get(optionKey).presetArg;
    const negativeValue = preset !== undefined ? preset : false;
    return option.negate === (negativeValue === value);
  }
}

/**
 * Convert string from kebab-case to camelCase.
 *
 * @param {string} str
 * @return {string}
 * @private
 */

function camelcase(str) {
  return str.split('-').reduce((str, word) => {
    return str + word[0].toUpperCase() + word.slice(1);
  });
}

/**
 * Split the short and long flag out of something like '-m,--mixed <value>'
 *
 * @private
 */

function splitOptionFlags(flags) {
  let shortFlag;
  let longFlag;
  // short flag, single dash and single character
  const shortFlagExp = /^-[^-]$/;
  // long flag, double dash and at least one character
  const longFlagExp = /^--[^-]/;

  const flagParts = flags.split(/[ |,]+/).concat('guard');
  // Normal is short and/or long.
  if (shortFlagExp.test(flagParts[0])) shortFlag = flagParts.shift();
  if (longFlagExp.test(flagParts[0])) longFlag = flagParts.shift();
  // Long then short. Rarely used but fine.
  if (!shortFlag && shortFlagExp.test(flagParts[0]))
    shortFlag = flagParts.shift();
  // Allow two long flags, like '--ws, --workspace'
  // This is the supported way to have a shortish option flag.
  if (!shortFlag && longFlagExp.test(flagParts[0])) {
    shortFlag = longFlag;
    longFlag = flagParts.shift();
  }

  // Check for unprocessed flag. Fail noisily rather than silently ignore.
  if (flagParts[0].startsWith('-')) {
    const unsupportedFlag = flagParts[0];
    const baseError = `option creation failed due to '${unsupportedFlag}' in option flags '${flags}'`;
    if (/^-[^-][^-]/.test(unsupportedFlag))
      throw new Error(
        `${baseError}
- a short flag is a single dash and a single character
  - either use a single dash and a single character (for a short flag)
  - or use a double dash for a long option (and can have two, like '--ws, --workspace')`,
      );
    if (shortFlagExp.test(unsupportedFlag))
      throw new Error(`${baseError}
- too many short flags`);
    if (longFlagExp.test(unsupportedFlag))
      throw new Error(`${baseError}
- too many long flags`);

    throw new Error(`${baseError}
- unrecognised flag format`);
  }
  if (shortFlag === undefined && longFlag === undefined)
    throw new Error(
      `option creation failed due to no flags found in '${flags}'.`,
    );

  return { shortFlag, longFlag };
}

;// CONCATENATED MODULE: ./node_modules/commander/lib/suggestSimilar.js
const maxDistance = 3;

function editDistance(a, b) {
  // https://en.wikipedia.org/wiki/Damerau–Levenshtein_distance
  // Calculating optimal string alignment distance, no substring is edited more than once.
  // (Simple implementation.)

  // Quick early exit, return worst case.
  if (Math.abs(a.length - b.length) > maxDistance)
    return Math.max(a.length, b.length);

  // distance between prefix substrings of a and b
  const d = [];

  // pure deletions turn a into empty string
  for (let i = 0; i <= a.length; i++) {
    d[i] = [i];
  }
  // pure insertions turn empty string into b
  for (let j = 0; j <= b.length; j++) {
    d[0][j] = j;
  }

  // fill matrix
  for (let j = 1; j <= b.length; j++) {
    for (let i = 1; i <= a.length; i++) {
      let cost;
      if (a[i - 1] === b[j - 1]) {
        cost = 0;
      } else {
        cost = 1;
      }
      d[i][j] = Math.min(
        d[i - 1][j] + 1, // deletion
        d[i][j - 1] + 1, // insertion
        d[i - 1][j - 1] + cost, // substitution
      );
      // transposition
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }

  return d[a.length][b.length];
}

/**
 * Find close matches, restricted to same number of edits.
 *
 * @param {string} word
 * @param {string[]} candidates
 * @returns {string}
 */

function suggestSimilar(word, candidates) {
  if (!candidates || candidates.length === 0) return '';
  // remove possible duplicates
  candidates = Array.from(new Set(candidates));

  const searchingOptions = word.startsWith('--');
  if (searchingOptions) {
    word = word.slice(2);
    candidates = candidates.map((candidate) => candidate.slice(2));
  }

  let similar = [];
  let bestDistance = maxDistance;
  const minSimilarity = 0.4;
  candidates.forEach((candidate) => {
    if (candidate.length <= 1) return; // no one character guesses

    const distance = editDistance(word, candidate);
    const length = Math.max(word.length, candidate.length);
    const similarity = (length - distance) / length;
    if (similarity > minSimilarity) {
      if (distance < bestDistance) {
        // better edit distance, throw away previous worse matches
        bestDistance = distance;
        similar = [candidate];
      } else if (distance === bestDistance) {
        similar.push(candidate);
      }
    }
  });

  similar.sort((a, b) => a.localeCompare(b));
  if (searchingOptions) {
    similar = similar.map((candidate) => `--${candidate}`);
  }

  if (similar.length > 1) {
    return `\n(Did you mean one of ${similar.join(', ')}?)`;
  }
  if (similar.length === 1) {
    return `\n(Did you mean ${similar[0]}?)`;
  }
  return '';
}

;// CONCATENATED MODULE: ./node_modules/commander/lib/command.js













class command_Command extends external_node_events_namespaceObject.EventEmitter {
  /**
   * Initialize a new `Command`.
   *
   * @param {string} [name]
   */

  constructor(name) {
    super();
    /** @type {Command[]} */
    this.commands = [];
    /** @type {Option[]} */
    this.options = [];
    this.parent = null;
    this._allowUnknownOption = false;
    this._allowExcessArguments = false;
    /** @type {Argument[]} */
    this.registeredArguments = [];
    this._args = this.registeredArguments; // deprecated old name
    /** @type {string[]} */
    this.args = []; // cli args with options removed
    this.rawArgs = [];
    this.processedArgs = []; // like .args but after custom processing and collecting variadic
    this._scriptPath = null;
    this._name = name || '';
    this._optionValues = {};
    this._optionValueSources = {}; // default, env, cli etc
    this._storeOptionsAsProperties = false;
    this._actionHandler = null;
    this._executableHandler = false;
    this._executableFile = null; // custom name for executable
    this._executableDir = null; // custom search directory for subcommands
    this._defaultCommandName = null;
    this._exitCallback = null;
    this._aliases = [];
    this._combineFlagAndOptionalValue = true;
    this._description = '';
    this._summary = '';
    this._argsDescription = undefined; // legacy
    this._enablePositionalOptions = false;
    this._passThroughOptions = false;
    this._lifeCycleHooks = {}; // a hash of arrays
    /** @type {(boolean | string)} */
    this._showHelpAfterError = false;
    this._showSuggestionAfterError = true;
    this._savedState = null; // used in save/restoreStateBeforeParse

    // see configureOutput() for docs
    this._outputConfiguration = {
      writeOut: (str) => external_node_process_namespaceObject.stdout.write(str),
      writeErr: (str) => external_node_process_namespaceObject.stderr.write(str),
      outputError: (str, write) => write(str),
      getOutHelpWidth: () =>
        external_node_process_namespaceObject.stdout.isTTY ? external_node_process_namespaceObject.stdout.columns : undefined,
      getErrHelpWidth: () =>
        external_node_process_namespaceObject.stderr.isTTY ? external_node_process_namespaceObject.stderr.columns : undefined,
      getOutHasColors: () =>
        useColor() ?? (external_node_process_namespaceObject.stdout.isTTY && external_node_process_namespaceObject.stdout.hasColors?.()),
      getErrHasColors: () =>
        useColor() ?? (external_node_process_namespaceObject.stderr.isTTY && external_node_process_namespaceObject.stderr.hasColors?.()),
      stripColor: (str) => (0,external_node_util_.stripVTControlCharacters)(str),
    };

    this._hidden = false;
    /** @type {(Option | null | undefined)} */
    this._helpOption = undefined; // Lazy created on demand. May be null if help option is disabled.
    this._addImplicitHelpCommand = undefined; // undecided whether true or false yet, not inherited
    /** @type {Command} */
    this._helpCommand = undefined; // lazy initialised, inherited
    this._helpConfiguration = {};
    /** @type {string | undefined} */
    this._helpGroupHeading = undefined; // soft initialised when added to parent
    /** @type {string | undefined} */
    this._defaultCommandGroup = undefined;
    /** @type {string | undefined} */
    this._defaultOptionGroup = undefined;
  }

  /**
   * Copy settings that are useful to have in common across root command and subcommands.
   *
   * (Used internally when adding a command using `.command()` so subcommands inherit parent settings.)
   *
   * @param {Command} sourceCommand
   * @return {Command} `this` command for chaining
   */
  copyInheritedSettings(sourceCommand) {
    this._outputConfiguration = sourceCommand._outputConfiguration;
    this._helpOption = sourceCommand._helpOption;
    this._helpCommand = sourceCommand._helpCommand;
    this._helpConfiguration = sourceCommand._helpConfiguration;
    this._exitCallback = sourceCommand._exitCallback;
    this._storeOptionsAsProperties = sourceCommand._storeOptionsAsProperties;
    this._combineFlagAndOptionalValue =
      sourceCommand._combineFlagAndOptionalValue;
    this._allowExcessArguments = sourceCommand._allowExcessArguments;
    this._enablePositionalOptions = sourceCommand._enablePositionalOptions;
    this._showHelpAfterError = sourceCommand._showHelpAfterError;
    this._showSuggestionAfterError = sourceCommand._showSuggestionAfterError;

    return this;
  }

  /**
   * @returns {Command[]}
   * @private
   */

  _getCommandAndAncestors() {
    const result = [];
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    for (let command = this; command; command = command.parent) {
      result.push(command);
    }
    return result;
  }

  /**
   * Define a command.
   *
   * There are two styles of command: pay attention to where to put the description.
   *
   * @example
   * // Command implemented using action handler (description is supplied separately to `.command`)
   * program
   *   .command('clone <source> [destination]')
   *   .description('clone a repository into a newly created directory')
   *   .action((source, destination) => {
   *     console.log('clone command called');
   *   });
   *
   * // Command implemented using separate executable file (description is second parameter to `.command`)
   * program
   *   .command('start <service>', 'start named service')
   *   .command('stop [service]', 'stop named service, or all if no name supplied');
   *
   * @param {string} nameAndArgs - command name and arguments, args are `<required>` or `[optional]` and last may also be `variadic...`
   * @param {(object | string)} [actionOptsOrExecDesc] - configuration options (for action), or description (for executable)
   * @param {object} [execOpts] - configuration options (for executable)
   * @return {Command} returns new command for action handler, or `this` for executable command
   */

  command(nameAndArgs, actionOptsOrExecDesc, execOpts) {
    let desc = actionOptsOrExecDesc;
    let opts = execOpts;
    if (typeof desc === 'object' && desc !== null) {
      opts = desc;
      desc = null;
    }
    opts = opts || {};
    const [, name, args] = nameAndArgs.match(/([^ ]+) *(.*)/);

    const cmd = this.createCommand(name);
    if (desc) {
      cmd.description(desc);
      cmd._executableHandler = true;
    }
    if (opts.isDefault) this._defaultCommandName = cmd._name;
    cmd._hidden = !!(opts.noHelp || opts.hidden); // noHelp is deprecated old name for hidden
    cmd._executableFile = opts.executableFile || null; // Custom name for executable file, set missing to null to match constructor
    if (args) cmd.arguments(args);
    this._registerCommand(cmd);
    cmd.parent = this;
    cmd.copyInheritedSettings(this);

    if (desc) return this;
    return cmd;
  }

  /**
   * Factory routine to create a new unattached command.
   *
   * See .command() for creating an attached subcommand, which uses this routine to
   * create the command. You can override createCommand to customise subcommands.
   *
   * @param {string} [name]
   * @return {Command} new command
   */

  createCommand(name) {
    return new command_Command(name);
  }

  /**
   * You can customise the help with a subclass of Help by overriding createHelp,
   * or by overriding Help properties using configureHelp().
   *
   * @return {Help}
   */

  createHelp() {
    return Object.assign(new Help(), this.configureHelp());
  }

  /**
   * You can customise the help by overriding Help properties using configureHelp(),
   * or with a subclass of Help by overriding createHelp().
   *
   * @param {object} [configuration] - configuration options
   * @return {(Command | object)} `this` command for chaining, or stored configuration
   */

  configureHelp(configuration) {
    if (configuration === undefined) return this._helpConfiguration;

    this._helpConfiguration = configuration;
    return this;
  }

  /**
   * The default output goes to stdout and stderr. You can customise this for special
   * applications. You can also customise the display of errors by overriding outputError.
   *
   * The configuration properties are all functions:
   *
   *     // change how output being written, defaults to stdout and stderr
   *     writeOut(str)
   *     writeErr(str)
   *     // change how output being written for errors, defaults to writeErr
   *     outputError(str, write) // used for displaying errors and not used for displaying help
   *     // specify width for wrapping help
   *     getOutHelpWidth()
   *     getErrHelpWidth()
   *     // color support, currently only used with Help
   *     getOutHasColors()
   *     getErrHasColors()
   *     stripColor() // used to remove ANSI escape codes if output does not have colors
   *
   * @param {object} [configuration] - configuration options
   * @return {(Command | object)} `this` command for chaining, or stored configuration
   */

  configureOutput(configuration) {
    if (configuration === undefined) return this._outputConfiguration;

    this._outputConfiguration = {
      ...this._outputConfiguration,
      ...configuration,
    };
    return this;
  }

  /**
   * Display the help or a custom message after an error occurs.
   *
   * @param {(boolean|string)} [displayHelp]
   * @return {Command} `this` command for chaining
   */
  showHelpAfterError(displayHelp = true) {
    if (typeof displayHelp !== 'string') displayHelp = !!displayHelp;
    this._showHelpAfterError = displayHelp;
    return this;
  }

  /**
   * Display suggestion of similar commands for unknown commands, or options for unknown options.
   *
   * @param {boolean} [displaySuggestion]
   * @return {Command} `this` command for chaining
   */
  showSuggestionAfterError(displaySuggestion = true) {
    this._showSuggestionAfterError = !!displaySuggestion;
    return this;
  }

  /**
   * Add a prepared subcommand.
   *
   * See .command() for creating an attached subcommand which inherits settings from its parent.
   *
   * @param {Command} cmd - new subcommand
   * @param {object} [opts] - configuration options
   * @return {Command} `this` command for chaining
   */

  addCommand(cmd, opts) {
    if (!cmd._name) {
      throw new Error(`Command passed to .addCommand() must have a name
- specify the name in Command constructor or using .name()`);
    }

    opts = opts || {};
    if (opts.isDefault) this._defaultCommandName = cmd._name;
    if (opts.noHelp || opts.hidden) cmd._hidden = true; // modifying passed command due to existing implementation

    this._registerCommand(cmd);
    cmd.parent = this;
    cmd._checkForBrokenPassThrough();

    return this;
  }

  /**
   * Factory routine to create a new unattached argument.
   *
   * See .argument() for creating an attached argument, which uses this routine to
   * create the argument. You can override createArgument to return a custom argument.
   *
   * @param {string} name
   * @param {string} [description]
   * @return {Argument} new argument
   */

  createArgument(name, description) {
    return new argument_Argument(name, description);
  }

  /**
   * Define argument syntax for command.
   *
   * The default is that the argument is required, and you can explicitly
   * indicate this with <> around the name. Put [] around the name for an optional argument.
   *
   * @example
   * program.argument('<input-file>');
   * program.argument('[output-file]');
   *
   * @param {string} name
   * @param {string} [description]
   * @param {(Function|*)} [parseArg] - custom argument processing function or default value
   * @param {*} [defaultValue]
   * @return {Command} `this` command for chaining
   */
  argument(name, description, parseArg, defaultValue) {
    const argument = this.createArgument(name, description);
    if (typeof parseArg === 'function') {
      argument.default(defaultValue).argParser(parseArg);
    } else {
      argument.default(parseArg);
    }
    this.addArgument(argument);
    return this;
  }

  /**
   * Define argument syntax for command, adding multiple at once (without descriptions).
   *
   * See also .argument().
   *
   * @example
   * program.arguments('<cmd> [env]');
   *
   * @param {string} names
   * @return {Command} `this` command for chaining
   */

  arguments(names) {
    names
      .trim()
      .split(/ +/)
      .forEach((detail) => {
        this.argument(detail);
      });
    return this;
  }

  /**
   * Define argument syntax for command, adding a prepared argument.
   *
   * @param {Argument} argument
   * @return {Command} `this` command for chaining
   */
  addArgument(argument) {
    const previousArgument = this.registeredArguments.slice(-1)[0];
    if (previousArgument?.variadic) {
      throw new Error(
        `only the last argument can be variadic '${previousArgument.name()}'`,
      );
    }
    if (
      argument.required &&
      argument.defaultValue !== undefined &&
      argument.parseArg === undefined
    ) {
      throw new Error(
        `a default value for a required argument is never used: '${argument.name()}'`,
      );
    }
    this.registeredArguments.push(argument);
    return this;
  }

  /**
   * Customise or override default help command. By default a help command is automatically added if your command has subcommands.
   *
   * @example
   *    program.helpCommand('help [cmd]');
   *    program.helpCommand('help [cmd]', 'show help');
   *    program.helpCommand(false); // suppress default help command
   *    program.helpCommand(true); // add help command even if no subcommands
   *
   * @param {string|boolean} enableOrNameAndArgs - enable with custom name and/or arguments, or boolean to override whether added
   * @param {string} [description] - custom description
   * @return {Command} `this` command for chaining
   */

  helpCommand(enableOrNameAndArgs, description) {
    if (typeof enableOrNameAndArgs === 'boolean') {
      this._addImplicitHelpCommand = enableOrNameAndArgs;
      if (enableOrNameAndArgs && this._defaultCommandGroup) {
        // make the command to store the group
        this._initCommandGroup(this._getHelpCommand());
      }
      return this;
    }

    const nameAndArgs = enableOrNameAndArgs ?? 'help [command]';
    const [, helpName, helpArgs] = nameAndArgs.match(/([^ ]+) *(.*)/);
    const helpDescription = description ?? 'display help for command';

    const helpCommand = this.createCommand(helpName);
    helpCommand.helpOption(false);
    if (helpArgs) helpCommand.arguments(helpArgs);
    if (helpDescription) helpCommand.description(helpDescription);

    this._addImplicitHelpCommand = true;
    this._helpCommand = helpCommand;
    // init group unless lazy create
    if (enableOrNameAndArgs || description) this._initCommandGroup(helpCommand);

    return this;
  }

  /**
   * Add prepared custom help command.
   *
   * @param {(Command|string|boolean)} helpCommand - custom help command, or deprecated enableOrNameAndArgs as for `.helpCommand()`
   * @param {string} [deprecatedDescription] - deprecated custom description used with custom name only
   * @return {Command} `this` command for chaining
   */
  addHelpCommand(helpCommand, deprecatedDescription) {
    // If not passed an object, call through to helpCommand for backwards compatibility,
    // as addHelpCommand was originally used like helpCommand is now.
    if (typeof helpCommand !== 'object') {
      this.helpCommand(helpCommand, deprecatedDescription);
      return this;
    }

    this._addImplicitHelpCommand = true;
    this._helpCommand = helpCommand;
    this._initCommandGroup(helpCommand);
    return this;
  }

  /**
   * Lazy create help command.
   *
   * @return {(Command|null)}
   * @package
   */
  _getHelpCommand() {
    const hasImplicitHelpCommand =
      this._addImplicitHelpCommand ??
      (this.commands.length &&
        !this._actionHandler &&
        !this._findCommand('help'));

    if (hasImplicitHelpCommand) {
      if (this._helpCommand === undefined) {
        this.helpCommand(undefined, undefined); // use default name and description
      }
      return this._helpCommand;
    }
    return null;
  }

  /**
   * Add hook for life cycle event.
   *
   * @param {string} event
   * @param {Function} listener
   * @return {Command} `this` command for chaining
   */

  hook(event, listener) {
    const allowedValues = ['preSubcommand', 'preAction', 'postAction'];
    if (!allowedValues.includes(event)) {
      throw new Error(`Unexpected value for event passed to hook : '${event}'.
Expecting one of '${allowedValues.join("', '")}'`);
    }
    if (this._lifeCycleHooks[event]) {
      this._lifeCycleHooks[event].push(listener);
    } else {
      this._lifeCycleHooks[event] = [listener];
    }
    return this;
  }

  /**
   * Register callback to use as replacement for calling process.exit.
   *
   * @param {Function} [fn] optional callback which will be passed a CommanderError, defaults to throwing
   * @return {Command} `this` command for chaining
   */

  exitOverride(fn) {
    if (fn) {
      this._exitCallback = fn;
    } else {
      this._exitCallback = (err) => {
        if (err.code !== 'commander.executeSubCommandAsync') {
          throw err;
        } else {
          // Async callback from spawn events, not useful to throw.
        }
      };
    }
    return this;
  }

  /**
   * Call process.exit, and _exitCallback if defined.
   *
   * @param {number} exitCode exit code for using with process.exit
   * @param {string} code an id string representing the error
   * @param {string} message human-readable description of the error
   * @return never
   * @private
   */

  _exit(exitCode, code, message) {
    if (this._exitCallback) {
      this._exitCallback(new CommanderError(exitCode, code, message));
      // Expecting this line is not reached.
    }
    external_node_process_namespaceObject.exit(exitCode);
  }

  /**
   * Register callback `fn` for the command.
   *
   * @example
   * program
   *   .command('serve')
   *   .description('start service')
   *   .action(function() {
   *      // do work here
   *   });
   *
   * @param {Function} fn
   * @return {Command} `this` command for chaining
   */

  action(fn) {
    const listener = (args) => {
      // The .action callback takes an extra parameter which is the command or options.
      const expectedArgsCount = this.registeredArguments.length;
      const actionArgs = args.slice(0, expectedArgsCount);
      if (this._storeOptionsAsProperties) {
        actionArgs[expectedArgsCount] = this; // backwards compatible "options"
      } else {
        actionArgs[expectedArgsCount] = this.opts();
      }
      actionArgs.push(this);

      return fn.apply(this, actionArgs);
    };
    this._actionHandler = listener;
    return this;
  }

  /**
   * Factory routine to create a new unattached option.
   *
   * See .option() for creating an attached option, which uses this routine to
   * create the option. You can override createOption to return a custom option.
   *
   * @param {string} flags
   * @param {string} [description]
   * @return {Option} new option
   */

  createOption(flags, description) {
    return new option_Option(flags, description);
  }

  /**
   * Wrap parseArgs to catch 'commander.invalidArgument'.
   *
   * @param {(Option | Argument)} target
   * @param {string} value
   * @param {*} previous
   * @param {string} invalidArgumentMessage
   * @private
   */

  _callParseArg(target, value, previous, invalidArgumentMessage) {
    try {
      return target.parseArg(value, previous);
    } catch (err) {
      if (err.code === 'commander.invalidArgument') {
        const message = `${invalidArgumentMessage} ${err.message}`;
        this.error(message, { exitCode: err.exitCode, code: err.code });
      }
      throw err;
    }
  }

  /**
   * Check for option flag conflicts.
   * Register option if no conflicts found, or throw on conflict.
   *
   * @param {Option} option
   * @private
   */

  _registerOption(option) {
    const matchingOption =
      (option.short && this._findOption(option.short)) ||
      (option.long && this._findOption(option.long));
    if (matchingOption) {
      const matchingFlag =
        option.long && this._findOption(option.long)
          ? option.long
          : option.short;
      throw new Error(`Cannot add option '${option.flags}'${this._name && ` to command '${this._name}'`} due to conflicting flag '${matchingFlag}'
-  already used by option '${matchingOption.flags}'`);
    }

    this._initOptionGroup(option);
    this.options.push(option);
  }

  /**
   * Check for command name and alias conflicts with existing commands.
   * Register command if no conflicts found, or throw on conflict.
   *
   * @param {Command} command
   * @private
   */

  _registerCommand(command) {
    const knownBy = (cmd) => {
      return [cmd.name()].concat(cmd.aliases());
    };

    const alreadyUsed = knownBy(command).find((name) =>
      this._findCommand(name),
    );
    if (alreadyUsed) {
      const existingCmd = knownBy(this._findCommand(alreadyUsed)).join('|');
      const newCmd = knownBy(command).join('|');
      throw new Error(
        `cannot add command '${newCmd}' as already have command '${existingCmd}'`,
      );
    }

    this._initCommandGroup(command);
    this.commands.push(command);
  }

  /**
   * Add an option.
   *
   * @param {Option} option
   * @return {Command} `this` command for chaining
   */
  addOption(option) {
    this._registerOption(option);

    const oname = option.name();
    const name = option.attributeName();

    // store default value
    if (option.defaultValue !== undefined) {
      this.setOptionValueWithSource(name, option.defaultValue, 'default');
    }

    // handler for cli and env supplied values
    const handleOptionValue = (val, invalidValueMessage, valueSource) => {
      // val is null for optional option used without an optional-argument.
      // val is undefined for boolean and negated option.
      if (val == null && option.presetArg !== undefined) {
        val = option.presetArg;
      }

      // custom processing
      const oldValue = this.getOptionValue(name);
      if (val !== null && option.parseArg) {
        val = this._callParseArg(option, val, oldValue, invalidValueMessage);
      } else if (val !== null && option.variadic) {
        val = option._collectValue(val, oldValue);
      }

      // Fill-in appropriate missing values. Long winded but easy to follow.
      if (val == null) {
        if (option.negate) {
          val = false;
        } else if (option.isBoolean() || option.optional) {
          val = true;
        } else {
          val = ''; // not normal, parseArg might have failed or be a mock function for testing
        }
      }
      this.setOptionValueWithSource(name, val, valueSource);
    };

    this.on('option:' + oname, (val) => {
      const invalidValueMessage = `error: option '${option.flags}' argument '${val}' is invalid.`;
      handleOptionValue(val, invalidValueMessage, 'cli');
    });

    if (option.envVar) {
      this.on('optionEnv:' + oname, (val) => {
        const invalidValueMessage = `error: option '${option.flags}' value '${val}' from env '${option.envVar}' is invalid.`;
        handleOptionValue(val, invalidValueMessage, 'env');
      });
    }

    return this;
  }

  /**
   * Internal implementation shared by .option() and .requiredOption()
   *
   * @return {Command} `this` command for chaining
   * @private
   */
  _optionEx(config, flags, description, fn, defaultValue) {
    if (typeof flags === 'object' && flags instanceof option_Option) {
      throw new Error(
        'To add an Option object use addOption() instead of option() or requiredOption()',
      );
    }
    const option = this.createOption(flags, description);
    option.makeOptionMandatory(!!config.mandatory);
    if (typeof fn === 'function') {
      option.default(defaultValue).argParser(fn);
    } else if (fn instanceof RegExp) {
      // deprecated
      const regex = fn;
      fn = (val, def) => {
        const m = regex.exec(val);
        return m ? m[0] : def;
      };
      option.default(defaultValue).argParser(fn);
    } else {
      option.default(fn);
    }

    return this.addOption(option);
  }

  /**
   * Define option with `flags`, `description`, and optional argument parsing function or `defaultValue` or both.
   *
   * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space. A required
   * option-argument is indicated by `<>` and an optional option-argument by `[]`.
   *
   * See the README for more details, and see also addOption() and requiredOption().
   *
   * @example
   * program
   *     .option('-p, --pepper', 'add pepper')
   *     .option('--pt, --pizza-type <TYPE>', 'type of pizza') // required option-argument
   *     .option('-c, --cheese [CHEESE]', 'add extra cheese', 'mozzarella') // optional option-argument with default
   *     .option('-t, --tip <VALUE>', 'add tip to purchase cost', parseFloat) // custom parse function
   *
   * @param {string} flags
   * @param {string} [description]
   * @param {(Function|*)} [parseArg] - custom option processing function or default value
   * @param {*} [defaultValue]
   * @return {Command} `this` command for chaining
   */

  option(flags, description, parseArg, defaultValue) {
    return this._optionEx({}, flags, description, parseArg, defaultValue);
  }

  /**
   * Add a required option which must have a value after parsing. This usually means
   * the option must be specified on the command line. (Otherwise the same as .option().)
   *
   * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space.
   *
   * @param {string} flags
   * @param {string} [description]
   * @param {(Function|*)} [parseArg] - custom option processing function or default value
   * @param {*} [defaultValue]
   * @return {Command} `this` command for chaining
   */

  requiredOption(flags, description, parseArg, defaultValue) {
    return this._optionEx(
      { mandatory: true },
      flags,
      description,
      parseArg,
      defaultValue,
    );
  }

  /**
   * Alter parsing of short flags with optional values.
   *
   * @example
   * // for `.option('-f,--flag [value]'):
   * program.combineFlagAndOptionalValue(true);  // `-f80` is treated like `--flag=80`, this is the default behaviour
   * program.combineFlagAndOptionalValue(false) // `-fb` is treated like `-f -b`
   *
   * @param {boolean} [combine] - if `true` or omitted, an optional value can be specified directly after the flag.
   * @return {Command} `this` command for chaining
   */
  combineFlagAndOptionalValue(combine = true) {
    this._combineFlagAndOptionalValue = !!combine;
    return this;
  }

  /**
   * Allow unknown options on the command line.
   *
   * @param {boolean} [allowUnknown] - if `true` or omitted, no error will be thrown for unknown options.
   * @return {Command} `this` command for chaining
   */
  allowUnknownOption(allowUnknown = true) {
    this._allowUnknownOption = !!allowUnknown;
    return this;
  }

  /**
   * Allow excess command-arguments on the command line. Pass false to make excess arguments an error.
   *
   * @param {boolean} [allowExcess] - if `true` or omitted, no error will be thrown for excess arguments.
   * @return {Command} `this` command for chaining
   */
  allowExcessArguments(allowExcess = true) {
    this._allowExcessArguments = !!allowExcess;
    return this;
  }

  /**
   * Enable positional options. Positional means global options are specified before subcommands which lets
   * subcommands reuse the same option names, and also enables subcommands to turn on passThroughOptions.
   * The default behaviour is non-positional and global options may appear anywhere on the command line.
   *
   * @param {boolean} [positional]
   * @return {Command} `this` command for chaining
   */
  enablePositionalOptions(positional = true) {
    this._enablePositionalOptions = !!positional;
    return this;
  }

  /**
   * Pass through options that come after command-arguments rather than treat them as command-options,
   * so actual command-options come before command-arguments. Turning this on for a subcommand requires
   * positional options to have been enabled on the program (parent commands).
   * The default behaviour is non-positional and options may appear before or after command-arguments.
   *
   * @param {boolean} [passThrough] for unknown options.
   * @return {Command} `this` command for chaining
   */
  passThroughOptions(passThrough = true) {
    this._passThroughOptions = !!passThrough;
    this._checkForBrokenPassThrough();
    return this;
  }

  /**
   * @private
   */

  _checkForBrokenPassThrough() {
    if (
      this.parent &&
      this._passThroughOptions &&
      !this.parent._enablePositionalOptions
    ) {
      throw new Error(
        `passThroughOptions cannot be used for '${this._name}' without turning on enablePositionalOptions for parent command(s)`,
      );
    }
  }

  /**
   * Whether to store option values as properties on command object,
   * or store separately (specify false). In both cases the option values can be accessed using .opts().
   *
   * @param {boolean} [storeAsProperties=true]
   * @return {Command} `this` command for chaining
   */

  storeOptionsAsProperties(storeAsProperties = true) {
    if (this.options.length) {
      throw new Error('call .storeOptionsAsProperties() before adding options');
    }
    if (Object.keys(this._optionValues).length) {
      throw new Error(
        'call .storeOptionsAsProperties() before setting option values',
      );
    }
    this._storeOptionsAsProperties = !!storeAsProperties;
    return this;
  }

  /**
   * Retrieve option value.
   *
   * @param {string} key
   * @return {object} value
   */

  getOptionValue(key) {
    if (this._storeOptionsAsProperties) {
      return this[key];
    }
    return this._optionValues[key];
  }

  /**
   * Store option value.
   *
   * @param {string} key
   * @param {object} value
   * @return {Command} `this` command for chaining
   */

  setOptionValue(key, value) {
    return this.setOptionValueWithSource(key, value, undefined);
  }

  /**
   * Store option value and where the value came from.
   *
   * @param {string} key
   * @param {object} value
   * @param {string} source - expected values are default/config/env/cli/implied
   * @return {Command} `this` command for chaining
   */

  setOptionValueWithSource(key, value, source) {
    if (this._storeOptionsAsProperties) {
      this[key] = value;
    } else {
      this._optionValues[key] = value;
    }
    this._optionValueSources[key] = source;
    return this;
  }

  /**
   * Get source of option value.
   * Expected values are default | config | env | cli | implied
   *
   * @param {string} key
   * @return {string}
   */

  getOptionValueSource(key) {
    return this._optionValueSources[key];
  }

  /**
   * Get source of option value. See also .optsWithGlobals().
   * Expected values are default | config | env | cli | implied
   *
   * @param {string} key
   * @return {string}
   */

  getOptionValueSourceWithGlobals(key) {
    // global overwrites local, like optsWithGlobals
    let source;
    this._getCommandAndAncestors().forEach((cmd) => {
      if (Object.hasOwn(cmd._optionValueSources, key)) {
        source = cmd.getOptionValueSource(key);
      }
    });
    return source;
  }

  /**
   * Get user arguments from implied or explicit arguments.
   * Side-effects: set _scriptPath if args included script. Used for default program name, and subcommand searches.
   *
   * @private
   */

  _prepareUserArgs(argv, parseOptions) {
    if (argv !== undefined && !Array.isArray(argv)) {
      throw new Error('first parameter to parse must be array or undefined');
    }
    parseOptions = parseOptions || {};

    // auto-detect argument conventions if nothing supplied
    if (argv === undefined && parseOptions.from === undefined) {
      if (external_node_process_namespaceObject.versions?.electron) {
        parseOptions.from = 'electron';
      }
      // check node specific options for scenarios where user CLI args follow executable without scriptname
      const execArgv = external_node_process_namespaceObject.execArgv ?? [];
      if (
        execArgv.includes('-e') ||
        execArgv.includes('--eval') ||
        execArgv.includes('-p') ||
        execArgv.includes('--print')
      ) {
        parseOptions.from = 'eval'; // internal usage, not documented
      }
    }

    // default to using process.argv
    if (argv === undefined) {
      argv = external_node_process_namespaceObject.argv;
    }
    this.rawArgs = argv.slice();

    // extract the user args and scriptPath
    let userArgs;
    switch (parseOptions.from) {
      case undefined:
      case 'node':
        this._scriptPath = argv[1];
        userArgs = argv.slice(2);
        break;
      case 'electron':
        // @ts-ignore: because defaultApp is an unknown property
        if (external_node_process_namespaceObject.defaultApp) {
          this._scriptPath = argv[1];
          userArgs = argv.slice(2);
        } else {
          userArgs = argv.slice(1);
        }
        break;
      case 'user':
        userArgs = argv.slice(0);
        break;
      case 'eval':
        userArgs = argv.slice(1);
        break;
      default:
        throw new Error(
          `unexpected parse option { from: '${parseOptions.from}' }`,
        );
    }

    // Find default name for program from arguments.
    if (!this._name && this._scriptPath)
      this.nameFromFilename(this._scriptPath);
    this._name = this._name || 'program';

    return userArgs;
  }

  /**
   * Parse `argv`, setting options and invoking commands when defined.
   *
   * Use parseAsync instead of parse if any of your action handlers are async.
   *
   * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
   *
   * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
   * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
   * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
   * - `'user'`: just user arguments
   *
   * @example
   * program.parse(); // parse process.argv and auto-detect electron and special node flags
   * program.parse(process.argv); // assume argv[0] is app and argv[1] is script
   * program.parse(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
   *
   * @param {string[]} [argv] - optional, defaults to process.argv
   * @param {object} [parseOptions] - optionally specify style of options with from: node/user/electron
   * @param {string} [parseOptions.from] - where the args are from: 'node', 'user', 'electron'
   * @return {Command} `this` command for chaining
   */

  parse(argv, parseOptions) {
    this._prepareForParse();
    const userArgs = this._prepareUserArgs(argv, parseOptions);
    this._parseCommand([], userArgs);

    return this;
  }

  /**
   * Parse `argv`, setting options and invoking commands when defined.
   *
   * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
   *
   * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
   * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
   * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
   * - `'user'`: just user arguments
   *
   * @example
   * await program.parseAsync(); // parse process.argv and auto-detect electron and special node flags
   * await program.parseAsync(process.argv); // assume argv[0] is app and argv[1] is script
   * await program.parseAsync(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
   *
   * @param {string[]} [argv]
   * @param {object} [parseOptions]
   * @param {string} parseOptions.from - where the args are from: 'node', 'user', 'electron'
   * @return {Promise}
   */

  async parseAsync(argv, parseOptions) {
    this._prepareForParse();
    const userArgs = this._prepareUserArgs(argv, parseOptions);
    await this._parseCommand([], userArgs);

    return this;
  }

  _prepareForParse() {
    // Save the state the first time, then restore the state before each subsequent parse.
    if (this._savedState === null) {
      // Do the special default of lone negated option to true, now that we have all the options.
      // Filter for negated options that have not been processed already.
      this.options
        .filter(
          (option) =>
            option.negate &&
            option.defaultValue === undefined &&
            this.getOptionValue(option.attributeName()) === undefined,
        )
        .forEach((option) => {
          // check for lone negated option: --no-foo without a --foo option
          const positiveLongFlag = option.long.replace(/^--no-/, '--');
          if (!this._findOption(positiveLongFlag)) {
            this.setOptionValueWithSource(
              option.attributeName(),
              true,
              'default',
            );
          }
        });

      this.saveStateBeforeParse();
    } else {
      this.restoreStateBeforeParse();
    }
  }

  /**
   * Called the first time parse is called to save state and allow a restore before subsequent calls to parse.
   * Not usually called directly, but available for subclasses to save their custom state.
   *
   * This is called in a lazy way. Only commands used in parsing chain will have state saved.
   */
  saveStateBeforeParse() {
    this._savedState = {
      // name is stable if supplied by author, but may be unspecified for root command and deduced during parsing
      _name: this._name,
      // option values before parse have default values (including false for negated options)
      // shallow clones
      _optionValues: { ...this._optionValues },
      _optionValueSources: { ...this._optionValueSources },
    };
  }

  /**
   * Restore state before parse for calls after the first.
   * Not usually called directly, but available for subclasses to save their custom state.
   *
   * This is called in a lazy way. Only commands used in parsing chain will have state restored.
   */
  restoreStateBeforeParse() {
    if (this._storeOptionsAsProperties)
      throw new Error(`Can not call parse again when storeOptionsAsProperties is true.
- either make a new Command for each call to parse, or stop storing options as properties`);

    // clear state from _prepareUserArgs
    this._name = this._savedState._name;
    this._scriptPath = null;
    this.rawArgs = [];
    // clear state from setOptionValueWithSource
    this._optionValues = { ...this._savedState._optionValues };
    this._optionValueSources = { ...this._savedState._optionValueSources };
    // clear state from _parseCommand
    this.args = [];
    // clear state from _processArguments
    this.processedArgs = [];
  }

  /**
   * Throw if expected executable is missing. Add lots of help for author.
   *
   * @param {string} executableFile
   * @param {string} executableDir
   * @param {string} subcommandName
   */
  _checkForMissingExecutable(executableFile, executableDir, subcommandName) {
    if (external_node_fs_.existsSync(executableFile)) return;

    const executableDirMessage = executableDir
      ? `searched for local subcommand relative to directory '${executableDir}'`
      : 'no directory for search for local subcommand, use .executableDir() to supply a custom directory';
    const executableMissing = `'${executableFile}' does not exist
 - if '${subcommandName}' is not meant to be an executable command, remove description parameter from '.command()' and use '.description()' instead
 - if the default executable name is not suitable, use the executableFile option to supply a custom name or path
 - ${executableDirMessage}`;
    throw new Error(executableMissing);
  }

  /**
   * Execute a sub-command executable.
   *
   * @private
   */

  _executeSubCommand(subcommand, args) {
    args = args.slice();
    const sourceExt = ['.js', '.ts', '.tsx', '.mjs', '.cjs'];

    function findFile(baseDir, baseName) {
      // Look for specified file
      const localBin = external_node_path_.resolve(baseDir, baseName);
      if (external_node_fs_.existsSync(localBin)) return localBin;

      // Stop looking if candidate already has an expected extension.
      if (sourceExt.includes(external_node_path_.extname(baseName))) return undefined;

      // Try all the extensions.
      const foundExt = sourceExt.find((ext) =>
        external_node_fs_.existsSync(`${localBin}${ext}`),
      );
      if (foundExt) return `${localBin}${foundExt}`;

      return undefined;
    }

    // Not checking for help first. Unlikely to have mandatory and executable, and can't robustly test for help flags in external command.
    this._checkForMissingMandatoryOptions();
    this._checkForConflictingOptions();

    // executableFile and executableDir might be full path, or just a name
    let executableFile =
      subcommand._executableFile || `${this._name}-${subcommand._name}`;
    let executableDir = this._executableDir || '';
    if (this._scriptPath) {
      let resolvedScriptPath; // resolve possible symlink for installed npm binary
      try {
        resolvedScriptPath = external_node_fs_.realpathSync(this._scriptPath);
      } catch {
        resolvedScriptPath = this._scriptPath;
      }
      executableDir = external_node_path_.resolve(
        external_node_path_.dirname(resolvedScriptPath),
        executableDir,
      );
    }

    // Look for a local file in preference to a command in PATH.
    if (executableDir) {
      let localFile = findFile(executableDir, executableFile);

      // Legacy search using prefix of script name instead of command name
      if (!localFile && !subcommand._executableFile && this._scriptPath) {
        const legacyName = external_node_path_.basename(
          this._scriptPath,
          external_node_path_.extname(this._scriptPath),
        );
        if (legacyName !== this._name) {
          localFile = findFile(
            executableDir,
            `${legacyName}-${subcommand._name}`,
          );
        }
      }
      executableFile = localFile || executableFile;
    }

    const launchWithNode = sourceExt.includes(external_node_path_.extname(executableFile));

    let proc;
    if (external_node_process_namespaceObject.platform !== 'win32') {
      if (launchWithNode) {
        args.unshift(executableFile);
        // add executable arguments to spawn
        args = incrementNodeInspectorPort(external_node_process_namespaceObject.execArgv).concat(args);

        proc = external_node_child_process_.spawn(external_node_process_namespaceObject.argv[0], args, { stdio: 'inherit' });
      } else {
        proc = external_node_child_process_.spawn(executableFile, args, { stdio: 'inherit' });
      }
    } else {
      this._checkForMissingExecutable(
        executableFile,
        executableDir,
        subcommand._name,
      );
      args.unshift(executableFile);
      // add executable arguments to spawn
      args = incrementNodeInspectorPort(external_node_process_namespaceObject.execArgv).concat(args);
      proc = external_node_child_process_.spawn(external_node_process_namespaceObject.execPath, args, { stdio: 'inherit' });
    }

    if (!proc.killed) {
      // testing mainly to avoid leak warnings during unit tests with mocked spawn
      const signals = ['SIGUSR1', 'SIGUSR2', 'SIGTERM', 'SIGINT', 'SIGHUP'];
      signals.forEach((signal) => {
        external_node_process_namespaceObject.on(signal, () => {
          if (proc.killed === false && proc.exitCode === null) {
            // @ts-ignore because signals not typed to known strings
            proc.kill(signal);
          }
        });
      });
    }

    // By default terminate process when spawned process terminates.
    const exitCallback = this._exitCallback;
    proc.on('close', (code) => {
      code = code ?? 1; // code is null if spawned process terminated due to a signal
      if (!exitCallback) {
        external_node_process_namespaceObject.exit(code);
      } else {
        exitCallback(
          new CommanderError(
            code,
            'commander.executeSubCommandAsync',
            '(close)',
          ),
        );
      }
    });
    proc.on('error', (err) => {
      // @ts-ignore: because err.code is an unknown property
      if (err.code === 'ENOENT') {
        this._checkForMissingExecutable(
          executableFile,
          executableDir,
          subcommand._name,
        );
        // @ts-ignore: because err.code is an unknown property
      } else if (err.code === 'EACCES') {
        throw new Error(`'${executableFile}' not executable`);
      }
      if (!exitCallback) {
        external_node_process_namespaceObject.exit(1);
      } else {
        const wrappedError = new CommanderError(
          1,
          'commander.executeSubCommandAsync',
          '(error)',
        );
        wrappedError.nestedError = err;
        exitCallback(wrappedError);
      }
    });

    // Store the reference to the child process
    this.runningCommand = proc;
  }

  /**
   * @private
   */

  _dispatchSubcommand(commandName, operands, unknown) {
    const subCommand = this._findCommand(commandName);
    if (!subCommand) this.help({ error: true });

    subCommand._prepareForParse();
    let promiseChain;
    promiseChain = this._chainOrCallSubCommandHook(
      promiseChain,
      subCommand,
      'preSubcommand',
    );
    promiseChain = this._chainOrCall(promiseChain, () => {
      if (subCommand._executableHandler) {
        this._executeSubCommand(subCommand, operands.concat(unknown));
      } else {
        return subCommand._parseCommand(operands, unknown);
      }
    });
    return promiseChain;
  }

  /**
   * Invoke help directly if possible, or dispatch if necessary.
   * e.g. help foo
   *
   * @private
   */

  _dispatchHelpCommand(subcommandName) {
    if (!subcommandName) {
      this.help();
    }
    const subCommand = this._findCommand(subcommandName);
    if (subCommand && !subCommand._executableHandler) {
      subCommand.help();
    }

    // Fallback to parsing the help flag to invoke the help.
    return this._dispatchSubcommand(
      subcommandName,
      [],
      [this._getHelpOption()?.long ?? this._getHelpOption()?.short ?? '--help'],
    );
  }

  /**
   * Check this.args against expected this.registeredArguments.
   *
   * @private
   */

  _checkNumberOfArguments() {
    // too few
    this.registeredArguments.forEach((arg, i) => {
      if (arg.required && this.args[i] == null) {
        this.missingArgument(arg.name());
      }
    });
    // too many
    if (
      this.registeredArguments.length > 0 &&
      this.registeredArguments[this.registeredArguments.length - 1].variadic
    ) {
      return;
    }
    if (this.args.length > this.registeredArguments.length) {
      this._excessArguments(this.args);
    }
  }

  /**
   * Process this.args using this.registeredArguments and save as this.processedArgs!
   *
   * @private
   */

  _processArguments() {
    const myParseArg = (argument, value, previous) => {
      // Extra processing for nice error message on parsing failure.
      let parsedValue = value;
      if (value !== null && argument.parseArg) {
        const invalidValueMessage = `error: command-argument value '${value}' is invalid for argument '${argument.name()}'.`;
        parsedValue = this._callParseArg(
          argument,
          value,
          previous,
          invalidValueMessage,
        );
      }
      return parsedValue;
    };

    this._checkNumberOfArguments();

    const processedArgs = [];
    this.registeredArguments.forEach((declaredArg, index) => {
      let value = declaredArg.defaultValue;
      if (declaredArg.variadic) {
        // Collect together remaining arguments for passing together as an array.
        if (index < this.args.length) {
          value = this.args.slice(index);
          if (declaredArg.parseArg) {
            value = value.reduce((processed, v) => {
              return myParseArg(declaredArg, v, processed);
            }, declaredArg.defaultValue);
          }
        } else if (value === undefined) {
          value = [];
        }
      } else if (index < this.args.length) {
        value = this.args[index];
        if (declaredArg.parseArg) {
          value = myParseArg(declaredArg, value, declaredArg.defaultValue);
        }
      }
      processedArgs[index] = value;
    });
    this.processedArgs = processedArgs;
  }

  /**
   * Once we have a promise we chain, but call synchronously until then.
   *
   * @param {(Promise|undefined)} promise
   * @param {Function} fn
   * @return {(Promise|undefined)}
   * @private
   */

  _chainOrCall(promise, fn) {
    // thenable
    if (promise?.then && typeof promise.then === 'function') {
      // already have a promise, chain callback
      return promise.then(() => fn());
    }
    // callback might return a promise
    return fn();
  }

  /**
   *
   * @param {(Promise|undefined)} promise
   * @param {string} event
   * @return {(Promise|undefined)}
   * @private
   */

  _chainOrCallHooks(promise, event) {
    let result = promise;
    const hooks = [];
    this._getCommandAndAncestors()
      .reverse()
      .filter((cmd) => cmd._lifeCycleHooks[event] !== undefined)
      .forEach((hookedCommand) => {
        hookedCommand._lifeCycleHooks[event].forEach((callback) => {
          hooks.push({ hookedCommand, callback });
        });
      });
    if (event === 'postAction') {
      hooks.reverse();
    }

    hooks.forEach((hookDetail) => {
      result = this._chainOrCall(result, () => {
        return hookDetail.callback(hookDetail.hookedCommand, this);
      });
    });
    return result;
  }

  /**
   *
   * @param {(Promise|undefined)} promise
   * @param {Command} subCommand
   * @param {string} event
   * @return {(Promise|undefined)}
   * @private
   */

  _chainOrCallSubCommandHook(promise, subCommand, event) {
    let result = promise;
    if (this._lifeCycleHooks[event] !== undefined) {
      this._lifeCycleHooks[event].forEach((hook) => {
        result = this._chainOrCall(result, () => {
          return hook(this, subCommand);
        });
      });
    }
    return result;
  }

  /**
   * Process arguments in context of this command.
   * Returns action result, in case it is a promise.
   *
   * @private
   */

  _parseCommand(operands, unknown) {
    const parsed = this.parseOptions(unknown);
    this._parseOptionsEnv(); // after cli, so parseArg not called on both cli and env
    this._parseOptionsImplied();
    operands = operands.concat(parsed.operands);
    unknown = parsed.unknown;
    this.args = operands.concat(unknown);

    if (operands && this._findCommand(operands[0])) {
      return this._dispatchSubcommand(operands[0], operands.slice(1), unknown);
    }
    if (
      this._getHelpCommand() &&
      operands[0] === this._getHelpCommand().name()
    ) {
      return this._dispatchHelpCommand(operands[1]);
    }
    if (this._defaultCommandName) {
      this._outputHelpIfRequested(unknown); // Run the help for default command from parent rather than passing to default command
      return this._dispatchSubcommand(
        this._defaultCommandName,
        operands,
        unknown,
      );
    }
    if (
      this.commands.length &&
      this.args.length === 0 &&
      !this._actionHandler &&
      !this._defaultCommandName
    ) {
      // probably missing subcommand and no handler, user needs help (and exit)
      this.help({ error: true });
    }

    this._outputHelpIfRequested(parsed.unknown);
    this._checkForMissingMandatoryOptions();
    this._checkForConflictingOptions();

    // We do not always call this check to avoid masking a "better" error, like unknown command.
    const checkForUnknownOptions = () => {
      if (parsed.unknown.length > 0) {
        this.unknownOption(parsed.unknown[0]);
      }
    };

    const commandEvent = `command:${this.name()}`;
    if (this._actionHandler) {
      checkForUnknownOptions();
      this._processArguments();

      let promiseChain;
      promiseChain = this._chainOrCallHooks(promiseChain, 'preAction');
      promiseChain = this._chainOrCall(promiseChain, () =>
        this._actionHandler(this.processedArgs),
      );
      if (this.parent) {
        promiseChain = this._chainOrCall(promiseChain, () => {
          this.parent.emit(commandEvent, operands, unknown); // legacy
        });
      }
      promiseChain = this._chainOrCallHooks(promiseChain, 'postAction');
      return promiseChain;
    }
    if (this.parent?.listenerCount(commandEvent)) {
      checkForUnknownOptions();
      this._processArguments();
      this.parent.emit(commandEvent, operands, unknown); // legacy
    } else if (operands.length) {
      if (this._findCommand('*')) {
        // legacy default command
        return this._dispatchSubcommand('*', operands, unknown);
      }
      if (this.listenerCount('command:*')) {
        // skip option check, emit event for possible misspelling suggestion
        this.emit('command:*', operands, unknown);
      } else if (this.commands.length) {
        this.unknownCommand();
      } else {
        checkForUnknownOptions();
        this._processArguments();
      }
    } else if (this.commands.length) {
      checkForUnknownOptions();
      // This command has subcommands and nothing hooked up at this level, so display help (and exit).
      this.help({ error: true });
    } else {
      checkForUnknownOptions();
      this._processArguments();
      // fall through for caller to handle after calling .parse()
    }
  }

  /**
   * Find matching command.
   *
   * @private
   * @return {Command | undefined}
   */
  _findCommand(name) {
    if (!name) return undefined;
    return this.commands.find(
      (cmd) => cmd._name === name || cmd._aliases.includes(name),
    );
  }

  /**
   * Return an option matching `arg` if any.
   *
   * @param {string} arg
   * @return {Option}
   * @package
   */

  _findOption(arg) {
    return this.options.find((option) => option.is(arg));
  }

  /**
   * Display an error message if a mandatory option does not have a value.
   * Called after checking for help flags in leaf subcommand.
   *
   * @private
   */

  _checkForMissingMandatoryOptions() {
    // Walk up hierarchy so can call in subcommand after checking for displaying help.
    this._getCommandAndAncestors().forEach((cmd) => {
      cmd.options.forEach((anOption) => {
        if (
          anOption.mandatory &&
          cmd.getOptionValue(anOption.attributeName()) === undefined
        ) {
          cmd.missingMandatoryOptionValue(anOption);
        }
      });
    });
  }

  /**
   * Display an error message if conflicting options are used together in this.
   *
   * @private
   */
  _checkForConflictingLocalOptions() {
    const definedNonDefaultOptions = this.options.filter((option) => {
      const optionKey = option.attributeName();
      if (this.getOptionValue(optionKey) === undefined) {
        return false;
      }
      return this.getOptionValueSource(optionKey) !== 'default';
    });

    const optionsWithConflicting = definedNonDefaultOptions.filter(
      (option) => option.conflictsWith.length > 0,
    );

    optionsWithConflicting.forEach((option) => {
      const conflictingAndDefined = definedNonDefaultOptions.find((defined) =>
        option.conflictsWith.includes(defined.attributeName()),
      );
      if (conflictingAndDefined) {
        this._conflictingOption(option, conflictingAndDefined);
      }
    });
  }

  /**
   * Display an error message if conflicting options are used together.
   * Called after checking for help flags in leaf subcommand.
   *
   * @private
   */
  _checkForConflictingOptions() {
    // Walk up hierarchy so can call in subcommand after checking for displaying help.
    this._getCommandAndAncestors().forEach((cmd) => {
      cmd._checkForConflictingLocalOptions();
    });
  }

  /**
   * Parse options from `argv` removing known options,
   * and return argv split into operands and unknown arguments.
   *
   * Side effects: modifies command by storing options. Does not reset state if called again.
   *
   * Examples:
   *
   *     argv => operands, unknown
   *     --known kkk op => [op], []
   *     op --known kkk => [op], []
   *     sub --unknown uuu op => [sub], [--unknown uuu op]
   *     sub -- --unknown uuu op => [sub --unknown uuu op], []
   *
   * @param {string[]} args
   * @return {{operands: string[], unknown: string[]}}
   */

  parseOptions(args) {
    const operands = []; // operands, not options or values
    const unknown = []; // first unknown option and remaining unknown args
    let dest = operands;

    function maybeOption(arg) {
      return arg.length > 1 && arg[0] === '-';
    }

    const negativeNumberArg = (arg) => {
      // return false if not a negative number
      if (!/^-(\d+|\d*\.\d+)([eE][+-]?\d+)?$/.test(arg)) return false;
      // negative number is ok unless digit used as an option in command hierarchy
      return !this._getCommandAndAncestors().some((cmd) =>
        cmd.options
          .map((opt) => opt.short)
          .some((short) => /^-\d$/.test(short)),
      );
    };

    // parse options
    let activeVariadicOption = null;
    let activeGroup = null; // working through group of short options, like -abc
    let i = 0;
    while (i < args.length || activeGroup) {
      const arg = activeGroup ?? args[i++];
      activeGroup = null;

      // literal
      if (arg === '--') {
        if (dest === unknown) dest.push(arg);
        dest.push(...args.slice(i));
        break;
      }

      if (
        activeVariadicOption &&
        (!maybeOption(arg) || negativeNumberArg(arg))
      ) {
        this.emit(`option:${activeVariadicOption.name()}`, arg);
        continue;
      }
      activeVariadicOption = null;

      if (maybeOption(arg)) {
        const option = this._findOption(arg);
        // recognised option, call listener to assign value with possible custom processing
        if (option) {
          if (option.required) {
            const value = args[i++];
            if (value === undefined) this.optionMissingArgument(option);
            this.emit(`option:${option.name()}`, value);
          } else if (option.optional) {
            let value = null;
            // historical behaviour is optional value is following arg unless an option
            if (
              i < args.length &&
              (!maybeOption(args[i]) || negativeNumberArg(args[i]))
            ) {
              value = args[i++];
            }
            this.emit(`option:${option.name()}`, value);
          } else {
            // boolean flag
            this.emit(`option:${option.name()}`);
          }
          activeVariadicOption = option.variadic ? option : null;
          continue;
        }
      }

      // Look for combo options following single dash, eat first one if known.
      if (arg.length > 2 && arg[0] === '-' && arg[1] !== '-') {
        const option = this._findOption(`-${arg[1]}`);
        if (option) {
          if (
            option.required ||
            (option.optional && this._combineFlagAndOptionalValue)
          ) {
            // option with value following in same argument
            this.emit(`option:${option.name()}`, arg.slice(2));
          } else {
            // boolean option
            this.emit(`option:${option.name()}`);
            // remove the processed option and keep processing group
            activeGroup = `-${arg.slice(2)}`;
          }
          continue;
        }
      }

      // Look for known long flag with value, like --foo=bar
      if (/^--[^=]+=/.test(arg)) {
        const index = arg.indexOf('=');
        const option = this._findOption(arg.slice(0, index));
        if (option && (option.required || option.optional)) {
          this.emit(`option:${option.name()}`, arg.slice(index + 1));
          continue;
        }
      }

      // Not a recognised option by this command.
      // Might be a command-argument, or subcommand option, or unknown option, or help command or option.

      // An unknown option means further arguments also classified as unknown so can be reprocessed by subcommands.
      // A negative number in a leaf command is not an unknown option.
      if (
        dest === operands &&
        maybeOption(arg) &&
        !(this.commands.length === 0 && negativeNumberArg(arg))
      ) {
        dest = unknown;
      }

      // If using positionalOptions, stop processing our options at subcommand.
      if (
        (this._enablePositionalOptions || this._passThroughOptions) &&
        operands.length === 0 &&
        unknown.length === 0
      ) {
        if (this._findCommand(arg)) {
          operands.push(arg);
          unknown.push(...args.slice(i));
          break;
        } else if (
          this._getHelpCommand() &&
          arg === this._getHelpCommand().name()
        ) {
          operands.push(arg, ...args.slice(i));
          break;
        } else if (this._defaultCommandName) {
          unknown.push(arg, ...args.slice(i));
          break;
        }
      }

      // If using passThroughOptions, stop processing options at first command-argument.
      if (this._passThroughOptions) {
        dest.push(arg, ...args.slice(i));
        break;
      }

      // add arg
      dest.push(arg);
    }

    return { operands, unknown };
  }

  /**
   * Return an object containing local option values as key-value pairs.
   *
   * @return {object}
   */
  opts() {
    if (this._storeOptionsAsProperties) {
      // Preserve original behaviour so backwards compatible when still using properties
      const result = {};
      const len = this.options.length;

      for (let i = 0; i < len; i++) {
        const key = this.options[i].attributeName();
        result[key] =
          key === this._versionOptionName ? this._version : this[key];
      }
      return result;
    }

    return this._optionValues;
  }

  /**
   * Return an object containing merged local and global option values as key-value pairs.
   *
   * @return {object}
   */
  optsWithGlobals() {
    // globals overwrite locals
    return this._getCommandAndAncestors().reduce(
      (combinedOptions, cmd) => Object.assign(combinedOptions, cmd.opts()),
      {},
    );
  }

  /**
   * Display error message and exit (or call exitOverride).
   *
   * @param {string} message
   * @param {object} [errorOptions]
   * @param {string} [errorOptions.code] - an id string representing the error
   * @param {number} [errorOptions.exitCode] - used with process.exit
   */
  error(message, errorOptions) {
    // output handling
    this._outputConfiguration.outputError(
      `${message}\n`,
      this._outputConfiguration.writeErr,
    );
    if (typeof this._showHelpAfterError === 'string') {
      this._outputConfiguration.writeErr(`${this._showHelpAfterError}\n`);
    } else if (this._showHelpAfterError) {
      this._outputConfiguration.writeErr('\n');
      this.outputHelp({ error: true });
    }

    // exit handling
    const config = errorOptions || {};
    const exitCode = config.exitCode || 1;
    const code = config.code || 'commander.error';
    this._exit(exitCode, code, message);
  }

  /**
   * Apply any option related environment variables, if option does
   * not have a value from cli or client code.
   *
   * @private
   */
  _parseOptionsEnv() {
    this.options.forEach((option) => {
      if (option.envVar && option.envVar in external_node_process_namespaceObject.env) {
        const optionKey = option.attributeName();
        // Priority check. Do not overwrite cli or options from unknown source (client-code).
        if (
          this.getOptionValue(optionKey) === undefined ||
          ['default', 'config', 'env'].includes(
            this.getOptionValueSource(optionKey),
          )
        ) {
          if (option.required || option.optional) {
            // option can take a value
            // keep very simple, optional always takes value
            this.emit(`optionEnv:${option.name()}`, external_node_process_namespaceObject.env[option.envVar]);
          } else {
            // boolean
            // keep very simple, only care that envVar defined and not the value
            this.emit(`optionEnv:${option.name()}`);
          }
        }
      }
    });
  }

  /**
   * Apply any implied option values, if option is undefined or default value.
   *
   * @private
   */
  _parseOptionsImplied() {
    const dualHelper = new DualOptions(this.options);
    const hasCustomOptionValue = (optionKey) => {
      return (
        this.getOptionValue(optionKey) !== undefined &&
        !['default', 'implied'].includes(this.getOptionValueSource(optionKey))
      );
    };
    this.options
      .filter(
        (option) =>
          option.implied !== undefined &&
          hasCustomOptionValue(option.attributeName()) &&
          dualHelper.valueFromOption(
            this.getOptionValue(option.attributeName()),
            option,
          ),
      )
      .forEach((option) => {
        Object.keys(option.implied)
          .filter((impliedKey) => !hasCustomOptionValue(impliedKey))
          .forEach((impliedKey) => {
            this.setOptionValueWithSource(
              impliedKey,
              option.implied[impliedKey],
              'implied',
            );
          });
      });
  }

  /**
   * Argument `name` is missing.
   *
   * @param {string} name
   * @private
   */

  missingArgument(name) {
    const message = `error: missing required argument '${name}'`;
    this.error(message, { code: 'commander.missingArgument' });
  }

  /**
   * `Option` is missing an argument.
   *
   * @param {Option} option
   * @private
   */

  optionMissingArgument(option) {
    const message = `error: option '${option.flags}' argument missing`;
    this.error(message, { code: 'commander.optionMissingArgument' });
  }

  /**
   * `Option` does not have a value, and is a mandatory option.
   *
   * @param {Option} option
   * @private
   */

  missingMandatoryOptionValue(option) {
    const message = `error: required option '${option.flags}' not specified`;
    this.error(message, { code: 'commander.missingMandatoryOptionValue' });
  }

  /**
   * `Option` conflicts with another option.
   *
   * @param {Option} option
   * @param {Option} conflictingOption
   * @private
   */
  _conflictingOption(option, conflictingOption) {
    // The calling code does not know whether a negated option is the source of the
    // value, so do some work to take an educated guess.
    const findBestOptionFromValue = (option) => {
      const optionKey = option.attributeName();
      const optionValue = this.getOptionValue(optionKey);
      const negativeOption = this.options.find(
        (target) => target.negate && optionKey === target.attributeName(),
      );
      const positiveOption = this.options.find(
        (target) => !target.negate && optionKey === target.attributeName(),
      );
      if (
        negativeOption &&
        ((negativeOption.presetArg === undefined && optionValue === false) ||
          (negativeOption.presetArg !== undefined &&
            optionValue === negativeOption.presetArg))
      ) {
        return negativeOption;
      }
      return positiveOption || option;
    };

    const getErrorMessage = (option) => {
      const bestOption = findBestOptionFromValue(option);
      const optionKey = bestOption.attributeName();
      const source = this.getOptionValueSource(optionKey);
      if (source === 'env') {
        return `environment variable '${bestOption.envVar}'`;
      }
      return `option '${bestOption.flags}'`;
    };

    const message = `error: ${getErrorMessage(option)} cannot be used with ${getErrorMessage(conflictingOption)}`;
    this.error(message, { code: 'commander.conflictingOption' });
  }

  /**
   * Unknown option `flag`.
   *
   * @param {string} flag
   * @private
   */

  unknownOption(flag) {
    if (this._allowUnknownOption) return;
    let suggestion = '';

    if (flag.startsWith('--') && this._showSuggestionAfterError) {
      // Looping to pick up the global options too
      let candidateFlags = [];
      // eslint-disable-next-line @typescript-eslint/no-this-alias
      let command = this;
      do {
        const moreFlags = command
          .createHelp()
          .visibleOptions(command)
          .filter((option) => option.long)
          .map((option) => option.long);
        candidateFlags = candidateFlags.concat(moreFlags);
        command = command.parent;
      } while (command && !command._enablePositionalOptions);
      suggestion = suggestSimilar(flag, candidateFlags);
    }

    const message = `error: unknown option '${flag}'${suggestion}`;
    this.error(message, { code: 'commander.unknownOption' });
  }

  /**
   * Excess arguments, more than expected.
   *
   * @param {string[]} receivedArgs
   * @private
   */

  _excessArguments(receivedArgs) {
    if (this._allowExcessArguments) return;

    const expected = this.registeredArguments.length;
    const s = expected === 1 ? '' : 's';
    const received = receivedArgs.length;
    const forSubcommand = this.parent ? ` for '${this.name()}'` : '';
    const details = receivedArgs.join(', ');
    const message = `error: too many arguments${forSubcommand}. Expected ${expected} argument${s} but got ${received}: ${details}.`;
    this.error(message, { code: 'commander.excessArguments' });
  }

  /**
   * Unknown command.
   *
   * @private
   */

  unknownCommand() {
    const unknownName = this.args[0];
    let suggestion = '';

    if (this._showSuggestionAfterError) {
      const candidateNames = [];
      this.createHelp()
        .visibleCommands(this)
        .forEach((command) => {
          candidateNames.push(command.name());
          // just visible alias
          if (command.alias()) candidateNames.push(command.alias());
        });
      suggestion = suggestSimilar(unknownName, candidateNames);
    }

    const message = `error: unknown command '${unknownName}'${suggestion}`;
    this.error(message, { code: 'commander.unknownCommand' });
  }

  /**
   * Get or set the program version.
   *
   * This method auto-registers the "-V, --version" option which will print the version number.
   *
   * You can optionally supply the flags and description to override the defaults.
   *
   * @param {string} [str]
   * @param {string} [flags]
   * @param {string} [description]
   * @return {(this | string | undefined)} `this` command for chaining, or version string if no arguments
   */

  version(str, flags, description) {
    if (str === undefined) return this._version;
    this._version = str;
    flags = flags || '-V, --version';
    description = description || 'output the version number';
    const versionOption = this.createOption(flags, description);
    this._versionOptionName = versionOption.attributeName();
    this._registerOption(versionOption);

    this.on('option:' + versionOption.name(), () => {
      this._outputConfiguration.writeOut(`${str}\n`);
      this._exit(0, 'commander.version', str);
    });
    return this;
  }

  /**
   * Set the description.
   *
   * @param {string} [str]
   * @param {object} [argsDescription]
   * @return {(string|Command)}
   */
  description(str, argsDescription) {
    if (str === undefined && argsDescription === undefined)
      return this._description;
    this._description = str;
    if (argsDescription) {
      this._argsDescription = argsDescription;
    }
    return this;
  }

  /**
   * Set the summary. Used when listed as subcommand of parent.
   *
   * @param {string} [str]
   * @return {(string|Command)}
   */
  summary(str) {
    if (str === undefined) return this._summary;
    this._summary = str;
    return this;
  }

  /**
   * Set an alias for the command.
   *
   * You may call more than once to add multiple aliases. Only the first alias is shown in the auto-generated help.
   *
   * @param {string} [alias]
   * @return {(string|Command)}
   */

  alias(alias) {
    if (alias === undefined) return this._aliases[0]; // just return first, for backwards compatibility

    /** @type {Command} */
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    let command = this;
    if (
      this.commands.length !== 0 &&
      this.commands[this.commands.length - 1]._executableHandler
    ) {
      // assume adding alias for last added executable subcommand, rather than this
      command = this.commands[this.commands.length - 1];
    }

    if (alias === command._name)
      throw new Error("Command alias can't be the same as its name");
    const matchingCommand = this.parent?._findCommand(alias);
    if (matchingCommand) {
      // c.f. _registerCommand
      const existingCmd = [matchingCommand.name()]
        .concat(matchingCommand.aliases())
        .join('|');
      throw new Error(
        `cannot add alias '${alias}' to command '${this.name()}' as already have command '${existingCmd}'`,
      );
    }

    command._aliases.push(alias);
    return this;
  }

  /**
   * Set aliases for the command.
   *
   * Only the first alias is shown in the auto-generated help.
   *
   * @param {string[]} [aliases]
   * @return {(string[]|Command)}
   */

  aliases(aliases) {
    // Getter for the array of aliases is the main reason for having aliases() in addition to alias().
    if (aliases === undefined) return this._aliases;

    aliases.forEach((alias) => this.alias(alias));
    return this;
  }

  /**
   * Set / get the command usage `str`.
   *
   * @param {string} [str]
   * @return {(string|Command)}
   */

  usage(str) {
    if (str === undefined) {
      if (this._usage) return this._usage;

      const args = this.registeredArguments.map((arg) => {
        return humanReadableArgName(arg);
      });
      return []
        .concat(
          this.options.length || this._helpOption !== null ? '[options]' : [],
          this.commands.length ? '[command]' : [],
          this.registeredArguments.length ? args : [],
        )
        .join(' ');
    }

    this._usage = str;
    return this;
  }

  /**
   * Get or set the name of the command.
   *
   * @param {string} [str]
   * @return {(string|Command)}
   */

  name(str) {
    if (str === undefined) return this._name;
    this._name = str;
    return this;
  }

  /**
   * Set/get the help group heading for this subcommand in parent command's help.
   *
   * @param {string} [heading]
   * @return {Command | string}
   */

  helpGroup(heading) {
    if (heading === undefined) return this._helpGroupHeading ?? '';
    this._helpGroupHeading = heading;
    return this;
  }

  /**
   * Set/get the default help group heading for subcommands added to this command.
   * (This does not override a group set directly on the subcommand using .helpGroup().)
   *
   * @example
   * program.commandsGroup('Development Commands:');
   * program.command('watch')...
   * program.command('lint')...
   * ...
   *
   * @param {string} [heading]
   * @returns {Command | string}
   */
  commandsGroup(heading) {
    if (heading === undefined) return this._defaultCommandGroup ?? '';
    this._defaultCommandGroup = heading;
    return this;
  }

  /**
   * Set/get the default help group heading for options added to this command.
   * (This does not override a group set directly on the option using .helpGroup().)
   *
   * @example
   * program
   *   .optionsGroup('Development Options:')
   *   .option('-d, --debug', 'output extra debugging')
   *   .option('-p, --profile', 'output profiling information')
   *
   * @param {string} [heading]
   * @returns {Command | string}
   */
  optionsGroup(heading) {
    if (heading === undefined) return this._defaultOptionGroup ?? '';
    this._defaultOptionGroup = heading;
    return this;
  }

  /**
   * @param {Option} option
   * @private
   */
  _initOptionGroup(option) {
    if (this._defaultOptionGroup && !option.helpGroupHeading)
      option.helpGroup(this._defaultOptionGroup);
  }

  /**
   * @param {Command} cmd
   * @private
   */
  _initCommandGroup(cmd) {
    if (this._defaultCommandGroup && !cmd.helpGroup())
      cmd.helpGroup(this._defaultCommandGroup);
  }

  /**
   * Set the name of the command from script filename, such as process.argv[1],
   * or import.meta.filename.
   *
   * (Used internally and public although not documented in README.)
   *
   * @example
   * program.nameFromFilename(import.meta.filename);
   *
   * @param {string} filename
   * @return {Command}
   */

  nameFromFilename(filename) {
    this._name = external_node_path_.basename(filename, external_node_path_.extname(filename));

    return this;
  }

  /**
   * Get or set the directory for searching for executable subcommands of this command.
   *
   * @example
   * program.executableDir(import.meta.dirname);
   * // or
   * program.executableDir('subcommands');
   *
   * @param {string} [path]
   * @return {(string|null|Command)}
   */

  executableDir(path) {
    if (path === undefined) return this._executableDir;
    this._executableDir = path;
    return this;
  }

  /**
   * Return program help documentation.
   *
   * @param {{ error: boolean }} [contextOptions] - pass {error:true} to wrap for stderr instead of stdout
   * @return {string}
   */

  helpInformation(contextOptions) {
    const helper = this.createHelp();
    const context = this._getOutputContext(contextOptions);
    helper.prepareContext({
      error: context.error,
      helpWidth: context.helpWidth,
      outputHasColors: context.hasColors,
    });
    const text = helper.formatHelp(this, helper);
    if (context.hasColors) return text;
    return this._outputConfiguration.stripColor(text);
  }

  /**
   * @typedef HelpContext
   * @type {object}
   * @property {boolean} error
   * @property {number} helpWidth
   * @property {boolean} hasColors
   * @property {function} write - includes stripColor if needed
   *
   * @returns {HelpContext}
   * @private
   */

  _getOutputContext(contextOptions) {
    contextOptions = contextOptions || {};
    const error = !!contextOptions.error;
    let baseWrite;
    let hasColors;
    let helpWidth;
    if (error) {
      baseWrite = (str) => this._outputConfiguration.writeErr(str);
      hasColors = this._outputConfiguration.getErrHasColors();
      helpWidth = this._outputConfiguration.getErrHelpWidth();
    } else {
      baseWrite = (str) => this._outputConfiguration.writeOut(str);
      hasColors = this._outputConfiguration.getOutHasColors();
      helpWidth = this._outputConfiguration.getOutHelpWidth();
    }
    const write = (str) => {
      if (!hasColors) str = this._outputConfiguration.stripColor(str);
      return baseWrite(str);
    };
    return { error, write, hasColors, helpWidth };
  }

  /**
   * Output help information for this command.
   *
   * Outputs built-in help, and custom text added using `.addHelpText()`.
   *
   * @param {{ error: boolean } | Function} [contextOptions] - pass {error:true} to write to stderr instead of stdout
   */

  outputHelp(contextOptions) {
    let deprecatedCallback;
    if (typeof contextOptions === 'function') {
      deprecatedCallback = contextOptions;
      contextOptions = undefined;
    }

    const outputContext = this._getOutputContext(contextOptions);
    /** @type {HelpTextEventContext} */
    const eventContext = {
      error: outputContext.error,
      write: outputContext.write,
      command: this,
    };

    this._getCommandAndAncestors()
      .reverse()
      .forEach((command) => command.emit('beforeAllHelp', eventContext));
    this.emit('beforeHelp', eventContext);

    let helpInformation = this.helpInformation({ error: outputContext.error });
    if (deprecatedCallback) {
      helpInformation = deprecatedCallback(helpInformation);
      if (
        typeof helpInformation !== 'string' &&
        !Buffer.isBuffer(helpInformation)
      ) {
        throw new Error('outputHelp callback must return a string or a Buffer');
      }
    }
    outputContext.write(helpInformation);

    if (this._getHelpOption()?.long) {
      this.emit(this._getHelpOption().long); // deprecated
    }
    this.emit('afterHelp', eventContext);
    this._getCommandAndAncestors().forEach((command) =>
      command.emit('afterAllHelp', eventContext),
    );
  }

  /**
   * You can pass in flags and a description to customise the built-in help option.
   * Pass in false to disable the built-in help option.
   *
   * @example
   * program.helpOption('-?, --help', 'show help'); // customise
   * program.helpOption(false); // disable
   *
   * @param {(string | boolean)} flags
   * @param {string} [description]
   * @return {Command} `this` command for chaining
   */

  helpOption(flags, description) {
    // Support enabling/disabling built-in help option.
    if (typeof flags === 'boolean') {
      if (flags) {
        if (this._helpOption === null) this._helpOption = undefined; // reenable
        if (this._defaultOptionGroup) {
          // make the option to store the group
          this._initOptionGroup(this._getHelpOption());
        }
      } else {
        this._helpOption = null; // disable
      }
      return this;
    }

    // Customise flags and description.
    this._helpOption = this.createOption(
      flags ?? '-h, --help',
      description ?? 'display help for command',
    );
    // init group unless lazy create
    if (flags || description) this._initOptionGroup(this._helpOption);

    return this;
  }

  /**
   * Lazy create help option.
   * Returns null if has been disabled with .helpOption(false).
   *
   * @returns {(Option | null)} the help option
   * @package
   */
  _getHelpOption() {
    // Lazy create help option on demand.
    if (this._helpOption === undefined) {
      this.helpOption(undefined, undefined);
    }
    return this._helpOption;
  }

  /**
   * Supply your own option to use for the built-in help option.
   * This is an alternative to using helpOption() to customise the flags and description etc.
   *
   * @param {Option} option
   * @return {Command} `this` command for chaining
   */
  addHelpOption(option) {
    this._helpOption = option;
    this._initOptionGroup(option);
    return this;
  }

  /**
   * Output help information and exit.
   *
   * Outputs built-in help, and custom text added using `.addHelpText()`.
   *
   * @param {{ error: boolean }} [contextOptions] - pass {error:true} to write to stderr instead of stdout
   */

  help(contextOptions) {
    this.outputHelp(contextOptions);
    let exitCode = Number(external_node_process_namespaceObject.exitCode ?? 0); // process.exitCode does allow a string or an integer, but we prefer just a number
    if (
      exitCode === 0 &&
      contextOptions &&
      typeof contextOptions !== 'function' &&
      contextOptions.error
    ) {
      exitCode = 1;
    }
    // message: do not have all displayed text available so only passing placeholder.
    this._exit(exitCode, 'commander.help', '(outputHelp)');
  }

  /**
   * // Do a little typing to coordinate emit and listener for the help text events.
   * @typedef HelpTextEventContext
   * @type {object}
   * @property {boolean} error
   * @property {Command} command
   * @property {function} write
   */

  /**
   * Add additional text to be displayed with the built-in help.
   *
   * Position is 'before' or 'after' to affect just this command,
   * and 'beforeAll' or 'afterAll' to affect this command and all its subcommands.
   *
   * @param {string} position - before or after built-in help
   * @param {(string | Function)} text - string to add, or a function returning a string
   * @return {Command} `this` command for chaining
   */

  addHelpText(position, text) {
    const allowedValues = ['beforeAll', 'before', 'after', 'afterAll'];
    if (!allowedValues.includes(position)) {
      throw new Error(`Unexpected value for position to addHelpText.
Expecting one of '${allowedValues.join("', '")}'`);
    }

    const helpEvent = `${position}Help`;
    this.on(helpEvent, (/** @type {HelpTextEventContext} */ context) => {
      let helpStr;
      if (typeof text === 'function') {
        helpStr = text({ error: context.error, command: context.command });
      } else {
        helpStr = text;
      }
      // Ignore falsy value when nothing to output.
      if (helpStr) {
        context.write(`${helpStr}\n`);
      }
    });
    return this;
  }

  /**
   * Output help information if help flags specified
   *
   * @param {Array} args - array of options to search for help flags
   * @private
   */

  _outputHelpIfRequested(args) {
    const helpOption = this._getHelpOption();
    const helpRequested = helpOption && args.find((arg) => helpOption.is(arg));
    if (helpRequested) {
      this.outputHelp();
      // (Do not have all displayed text available so only passing placeholder.)
      this._exit(0, 'commander.helpDisplayed', '(outputHelp)');
    }
  }
}

/**
 * Scan arguments and increment port number for inspect calls (to avoid conflicts when spawning new command).
 *
 * @param {string[]} args - array of arguments from node.execArgv
 * @returns {string[]}
 * @private
 */

function incrementNodeInspectorPort(args) {
  // Testing for these options:
  //  --inspect[=[host:]port]
  //  --inspect-brk[=[host:]port]
  //  --inspect-wait[=[host:]port]
  //  --inspect-port=[host:]port
  //
  // Host can be an IP literal encapsulated within square brackets (e.g. [::1]),
  // an IPv4 address in dotted-decimal form (e.g. 192.168.0.1), or a registered name.
  // https://www.rfc-editor.org/rfc/rfc3986.html#section-3.2.2
  return args.map((arg) => {
    if (!arg.startsWith('--inspect')) {
      return arg;
    }
    let debugOption;
    let debugHost = '127.0.0.1';
    let debugPort = '9229';
    let match;
    if ((match = arg.match(/^(--inspect(-brk|-wait)?)$/)) !== null) {
      // e.g. --inspect
      debugOption = match[1];
    } else if (
      (match = arg.match(
        /^(--inspect(-brk|-port|-wait)?)=(\[[^\]]+\]|[^:]+)$/,
      )) !== null
    ) {
      // Matches a host or a port, but not both. No colon to separate them.
      debugOption = match[1];
      if (/^\d+$/.test(match[3])) {
        // Plain digits so a port number.
        // e.g. --inspect=1234
        debugPort = match[3];
      } else {
        // Assume a host.
        // e.g. --inspect=localhost, --inspect=[::1], --inspect=192.168.0.1
        debugHost = match[3];
      }
    } else if (
      (match = arg.match(
        /^(--inspect(-brk|-port|-wait)?)=(\[[^\]]+\]|[^:]+):(\d+)$/,
      )) !== null
    ) {
      // Matched host:port pattern.
      // e.g. --inspect=localhost:1234, --inspect=[::1]:1234, --inspect=192.168.0.1:1234
      debugOption = match[1];
      debugHost = match[3];
      debugPort = match[4];
    }

    if (debugOption && debugPort !== '0') {
      return `${debugOption}=${debugHost}:${parseInt(debugPort) + 1}`;
    }
    return arg;
  });
}

/**
 * Exported for using from tests, not otherwise used outside this file.
 *
 * @returns {boolean | undefined}
 * @package
 */
function useColor() {
  // Test for common conventions.
  // NB: the observed behaviour is in combination with how author adds color! For example:
  //   - we do not test NODE_DISABLE_COLORS, but util:styletext does
  //   - we do test NO_COLOR, but Chalk does not
  //
  // References:
  // https://no-color.org
  // https://bixense.com/clicolors/
  // https://github.com/nodejs/node/blob/0a00217a5f67ef4a22384cfc80eb6dd9a917fdc1/lib/internal/tty.js#L109
  // https://github.com/chalk/supports-color/blob/c214314a14bcb174b12b3014b2b0a8de375029ae/index.js#L33
  // (https://force-color.org recent web page from 2023, does not match major javascript implementations)

  if (
    external_node_process_namespaceObject.env.NO_COLOR ||
    external_node_process_namespaceObject.env.FORCE_COLOR === '0' ||
    external_node_process_namespaceObject.env.FORCE_COLOR === 'false'
  )
    return false;
  if (external_node_process_namespaceObject.env.FORCE_COLOR || external_node_process_namespaceObject.env.CLICOLOR_FORCE !== undefined)
    return true;
  return undefined;
}

;// CONCATENATED MODULE: ./node_modules/commander/index.js






const program = new command_Command();

const createCommand = (name) => new Command(name);
const createOption = (flags, description) =>
  new Option(flags, description);
const createArgument = (name, description) =>
  new Argument(name, description);

/**
 * Expose classes
 */






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
/******/ 		8792: 0
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
/******/ var __webpack_exports__ = __nccwpck_require__(42089);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

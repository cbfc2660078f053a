export const id = 4419;
export const ids = [4419,4958];
export const modules = {

/***/ 64958:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ queueRefPrefix),
/* harmony export */   queueBranchOf: () => (/* binding */ queueBranchOf)
/* harmony export */ });
/* unused harmony export QUEUE_BRANCH_ROOT */
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


/***/ }),

/***/ 54419:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  check: () => (/* binding */ check)
});

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/settings/read.ts
var settings_read = __webpack_require__(38807);
// EXTERNAL MODULE: ./packages/core/src/settings/table-check.ts
var table_check = __webpack_require__(58302);
// EXTERNAL MODULE: ./packages/core/src/git/queue-branch.ts
var queue_branch = __webpack_require__(64958);
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
    const branch = group || head === undefined ? undefined : (0,queue_branch.queueBranchOf)(head);
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
    run: async () => (await Promise.all(/* import() | check */[__webpack_require__.e(9887), __webpack_require__.e(9788), __webpack_require__.e(9159), __webpack_require__.e(5725), __webpack_require__.e(9730), __webpack_require__.e(7306), __webpack_require__.e(6118), __webpack_require__.e(2415), __webpack_require__.e(5763), __webpack_require__.e(7850), __webpack_require__.e(611), __webpack_require__.e(5206), __webpack_require__.e(1043), __webpack_require__.e(3652), __webpack_require__.e(8741)]).then(__webpack_require__.bind(__webpack_require__, 17530))).run,
    view: async () => (await Promise.all(/* import() | check */[__webpack_require__.e(9887), __webpack_require__.e(9788), __webpack_require__.e(9159), __webpack_require__.e(5725), __webpack_require__.e(9730), __webpack_require__.e(7306), __webpack_require__.e(6118), __webpack_require__.e(2415), __webpack_require__.e(5763), __webpack_require__.e(7850), __webpack_require__.e(611), __webpack_require__.e(5206), __webpack_require__.e(1043), __webpack_require__.e(3652), __webpack_require__.e(8741)]).then(__webpack_require__.bind(__webpack_require__, 11542))).view,
};


/***/ }),

/***/ 38807:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gf: () => (/* binding */ defaultsOf),
/* harmony export */   II: () => (/* binding */ unresolved),
/* harmony export */   P1: () => (/* binding */ scoped),
/* harmony export */   cm: () => (/* binding */ settingsForEach),
/* harmony export */   sb: () => (/* binding */ readSettings),
/* harmony export */   zc: () => (/* binding */ settingsFor)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/* harmony import */ var _text_camel_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31703);
/* harmony import */ var _text_duration_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8473);
/* harmony import */ var _text_list_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(60385);
/* harmony import */ var _resolve_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(59199);
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
            out[(0,_text_camel_js__WEBPACK_IMPORTED_MODULE_1__/* .camel */ .n)(s.input)] = value;
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
            return fallback !== undefined && inputs.source(name) === '' ? (0,_text_list_js__WEBPACK_IMPORTED_MODULE_2__/* .splitList */ .r)(fallback) : inputs.list(name);
        case 'duration': {
            const text = inputs.optional(name);
            if (text === undefined)
                return undefined;
            const ms = (0,_text_duration_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDuration */ .E9)(text);
            if (ms === undefined)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`is '${text}', not a duration`, { input: name, hint: _text_duration_js__WEBPACK_IMPORTED_MODULE_3__/* .DURATION_HINT */ .Fp });
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
        const v = read[(0,_text_camel_js__WEBPACK_IMPORTED_MODULE_1__/* .camel */ .n)(s.input)];
        byInput[s.input] = Array.isArray(v) && v.length === 0 ? undefined : v;
    }
    const out = {};
    for (const [input, r] of Object.entries((0,_resolve_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveSettings */ .M)(table, byInput, config, scope)))
        if (r.value !== undefined)
            out[(0,_text_camel_js__WEBPACK_IMPORTED_MODULE_1__/* .camel */ .n)(input)] = r.value;
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
    const backed = table.settings.filter((s) => s.config !== undefined).map((s) => (0,_text_camel_js__WEBPACK_IMPORTED_MODULE_1__/* .camel */ .n)(s.input));
    const out = new Set([...backed, ...also.map(String)]);
    return Object.fromEntries(Object.entries(given).filter(([field]) => !out.has(field)));
}


/***/ }),

/***/ 59199:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ resolveSettings)
/* harmony export */ });
/* harmony import */ var _text_camel_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31703);

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
    const key = (0,_text_camel_js__WEBPACK_IMPORTED_MODULE_0__/* .camel */ .n)(s.config.key);
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
        const other = (s.config.where === 'environment' ? env?.[(0,_text_camel_js__WEBPACK_IMPORTED_MODULE_0__/* .camel */ .n)(when.key)] : undefined) ?? top?.[(0,_text_camel_js__WEBPACK_IMPORTED_MODULE_0__/* .camel */ .n)(when.key)];
        return { value: other === when.is ? when.then : when.otherwise, from: 'default' };
    }
    return { value: s.config.default, from: 'default' };
}


/***/ }),

/***/ 31703:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ camel)
/* harmony export */ });
/** `tag-prefix` → `tagPrefix`: a setting's (or a config key's) field in the code. */
function camel(key) {
    return key.replace(/-([a-z])/g, (_m, c) => c.toUpperCase());
}


/***/ }),

/***/ 8473:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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


/***/ })

};

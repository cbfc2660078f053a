export const id = 6458;
export const ids = [6458];
export const modules = {

/***/ 6458:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  metricsCharts: () => (/* binding */ metricsCharts),
  metricsMarkdown: () => (/* binding */ metricsMarkdown),
  metricsRunnerView: () => (/* binding */ metricsRunnerView),
  metricsView: () => (/* binding */ metricsView),
  metricsViews: () => (/* binding */ metricsViews)
});

// EXTERNAL MODULE: ./packages/core/src/records/figures.ts
var figures = __webpack_require__(4573);
// EXTERNAL MODULE: ./packages/core/src/report/view.ts
var view = __webpack_require__(7987);
// EXTERNAL MODULE: ./packages/core/src/text/duration.ts
var duration = __webpack_require__(8473);
// EXTERNAL MODULE: ./packages/core/src/text/markdown.ts
var markdown = __webpack_require__(9888);
// EXTERNAL MODULE: ./packages/core/src/contract/json.ts
var json = __webpack_require__(2252);
;// CONCATENATED MODULE: ./packages/core/src/operations/metrics/json.ts
// `lockstep metrics --json`, written piece by piece: a year of a busy
// repository lists tens of thousands of lead times and thousands of
// promotions (13 MB for 20,000 commits, 300 services, 3 environments), which
// as one object and one JSON.stringify string cost a second copy of all of
// it in memory. The text is the same as JSON.stringify of the documented
// shape (docs/metrics.md): one line, keys in that order, no blank.

/** Text gathered before it is written: whole pieces only, so a masked secret is never split across two writes. */
const FLUSH_AT = 1 << 16;
const iso = (s) => new Date(s * 1000).toISOString().replace('.000Z', 'Z');
const str = (s) => (s === undefined || s === null ? 'null' : JSON.stringify(s));
const num = (n) => JSON.stringify(n);
/** A commit id as git printed it (%H: hex digits only), quoted without a JSON.stringify per id: there are tens of thousands. */
const sha = (s) => (/^[0-9a-f]+$/.test(s) ? `"${s}"` : JSON.stringify(s));
/** One promotion with its pins, as the environment lists it. */
function promotionJson(l) {
    const services = l.services.map((s) => `{"name":${str(s.name)},"tag":${str(s.tag)},"digest":${str(s.digest)}}`).join(',');
    const deployment = l.deployment ? `{"id":${num(l.deployment.id)},"state":${str(l.deployment.state)}}` : 'null';
    return (`{"commit":${sha(l.commit)},"landed":${str(iso(l.at))},"services":[${services}],"from":${str(l.from)},` +
        `"rollback":${l.rollback},"inferred":${l.inferred},"source":${str(l.source)},"deployment":${deployment}}`);
}
/**
 * Writes `metrics --json` through `write`, in pieces of about 64 KB, ending
 * with a line break. A service's figures name their promotions by commit
 * only (`brief`): their details are in the environment's.
 */
function writeMetricsJson(r, write) {
    // A change's merge time is listed once per environment it reached: formatted once.
    const times = new Map();
    const merged = (s) => {
        let t = times.get(s);
        if (t === undefined)
            times.set(s, (t = iso(s)));
        return t;
    };
    let buffer = '';
    const put = (piece) => {
        buffer += piece;
        if (buffer.length >= FLUSH_AT) {
            write(buffer);
            buffer = '';
        }
    };
    /** `[a,b,…]` of `items`, each piece made and put one at a time (a piece may put its own head before it returns its tail). */
    const list = (items, piece) => {
        put('[');
        items.forEach((item, k) => {
            if (k > 0)
                put(',');
            put(piece(item));
        });
        put(']');
    };
    const figures = (f, brief) => {
        put(',"promotions":');
        list(f.landings, brief ? (l) => sha(l.commit) : promotionJson);
        put(`,"inferred":${num(f.inferred)},"deployment-frequency":{"per-day":${num(f.perDay)},"per-week":${num(f.perWeek)}},` +
            `"lead-time":{"median-seconds":${num(f.leadMedian)},"p90-seconds":${num(f.leadP90)},"changes":`);
        list(f.leadTimes, (t) => `{"commit":${sha(t.commit)},"merged":"${merged(t.merged)}","landed-by":${sha(t.landing)},"seconds":${num(t.seconds)}}`);
        put(`},"change-failure-rate":{"rate":${num(f.changeFailureRate)},"failed":`);
        list(f.failures, (x) => `{"commit":${sha(x.commit)},"rule":${str(x.rule)},"service":${str(x.service)},"replaced-by":${sha(x.replacedBy)},"recovery-seconds":${num(x.recovery)}}`);
        put(`},"recovery-time":{"median-seconds":${num(f.recoveryMedian)}},"rework-rate":{"rate":${num(f.reworkRate)},"promotions":`);
        list(f.rework, (l) => sha(l.commit));
        put('}');
    };
    // docs/cli.md: every --json document starts with its version, the command, its outcome and errors (contract/json.ts).
    put(`${(0,json/* doneJsonHead */.Vy)('metrics')},"base":${str(r.base)},"base-sha":${str(r.tip)},"from":${str(iso(r.from))},"to":${str(iso(r.to))},` +
        `"commits":${num(r.commits)},"inferred":${num(r.inferred)},` +
        `"deployments":{"read":${r.deployments.read},"reason":${str(r.deployments.read ? null : r.deployments.reason)}},"notes":`);
    list(r.notes, str);
    put(',"environments":');
    list(r.environments, (e) => {
        put(`{"name":${str(e.name)}`);
        figures(e.figures, false);
        put(',"services":');
        list(e.services, (s) => {
            put(`{"name":${str(s.name)}`);
            figures(s.figures, true);
            return '}';
        });
        return '}';
    });
    put('}\n');
    write(buffer);
}

;// CONCATENATED MODULE: ./packages/core/src/operations/metrics/view.ts
// What `lockstep metrics` shows: a table of each environment's figures and
// each service's under it (terminal), and a Markdown report for the job
// summary or a PR comment: the same table, then Mermaid charts GitHub
// renders (promotions per week per environment, median lead time per week).





const WEEK = 7 * 86400;
const percent = (x) => `${Math.round(x * 1000) / 10}%`;
const perDay = (x) => `${Math.round(x * 100) / 100}`;
const span = (seconds) => (0,duration/* formatDuration */.a3)(seconds * 1000);
/** One row of figures: promotions, per day, per week, lead time median and p90, failure rate, recovery, rework. */
function figureCells(f) {
    const lead = f.leadTimes.length > 0;
    return [
        String(f.landings.length),
        perDay(f.perDay),
        perDay(f.perWeek),
        lead ? span(f.leadMedian) : '—',
        lead ? span(f.leadP90) : '—',
        `${percent(f.changeFailureRate)} (${f.failures.length})`,
        f.failures.length > 0 ? span(f.recoveryMedian) : '—',
        `${percent(f.reworkRate)} (${f.rework.length})`,
    ];
}
const HEADERS = [
    'environment / service',
    'promotions',
    'per day',
    'per week',
    'lead time median',
    'lead time p90',
    'change failure rate',
    'recovery median',
    'rework rate',
];
/** Each failure rule in words. */
const RULE_WORDS = {
    rollback: 'followed by a rollback',
    'fix-release': 'followed by a fix release',
    'deployment-failure': 'its GitHub Deployment failed',
};
/** Each failure in words: which landing, which rule counted it, what replaced it. */
function failureLines(r) {
    return r.environments.flatMap((e) => e.figures.failures.map((f) => `${e.name}: ${f.commit.slice(0, 12)} failed (${RULE_WORDS[f.rule]}${f.service !== undefined ? ` of ${f.service}` : ''}), replaced by ${f.replacedBy.slice(0, 12)} after ${span(f.recovery)}`));
}
/** The terminal's table: each environment, then its services indented. */
function metricsView(r) {
    const rows = [];
    for (const e of r.environments) {
        rows.push([e.name, ...figureCells(e.figures)]);
        for (const s of e.services)
            rows.push([`  ${s.name}`, ...figureCells(s.figures)]);
    }
    return {
        title: 'metrics',
        status: `Delivery figures on ${r.base} at ${r.tip.slice(0, 12)}, ${r.window} (${r.commits} commits read):`,
        headers: HEADERS,
        rows,
        notes: [...r.notes, ...failureLines(r)],
        warnings: [],
    };
}
/** A Mermaid string: double quotes and line breaks dropped, so a name cannot end the label. */
const label = (s) => `"${s.replace(/["\r\n\\`]/g, '')}"`;
/** The window's weeks: [start, end) of each, from `from`, the last one cut at `to`. */
function weeks(r) {
    const out = [];
    for (let s = r.from; s < r.to; s += WEEK)
        out.push({ start: s, end: Math.min(r.to, s + WEEK) });
    return out;
}
/**
 * The Mermaid charts (xychart-beta): per environment, promotions per week as
 * bars, and the median lead time (hours) of the changes that reached it each week as a line.
 */
function metricsCharts(r) {
    const ws = weeks(r);
    const axis = `x-axis [${ws.map((w) => label(new Date(w.start * 1000).toISOString().slice(5, 10))).join(', ')}]`;
    const charts = [];
    for (const e of r.environments) {
        const counts = ws.map((w) => e.figures.landings.filter((l) => l.at >= w.start && l.at < w.end).length);
        charts.push([
            '```mermaid',
            'xychart-beta',
            `  title ${label(`Promotions per week into ${e.name}`)}`,
            `  ${axis}`,
            `  y-axis "promotions" 0 --> ${Math.max(1, ...counts)}`,
            `  bar [${counts.join(', ')}]`,
            '```',
        ].join('\n'));
        const hours = ws.map((w) => {
            const landed = new Set(e.figures.landings.filter((l) => l.at >= w.start && l.at < w.end).map((l) => l.commit));
            const m = (0,figures/* median */.JZ)(e.figures.leadTimes.filter((t) => landed.has(t.landing)).map((t) => t.seconds));
            return Math.round((m / 3600) * 10) / 10;
        });
        charts.push([
            '```mermaid',
            'xychart-beta',
            `  title ${label(`Median lead time per week into ${e.name} (hours)`)}`,
            `  ${axis}`,
            `  y-axis "hours" 0 --> ${Math.max(1, Math.ceil(Math.max(...hours)))}`,
            `  line [${hours.join(', ')}]`,
            '```',
        ].join('\n'));
    }
    return charts;
}
/** The Markdown report: heading, the figures' table and notes, then the charts. */
function metricsMarkdown(r) {
    const table = (0,view/* renderMarkdown */.Gc)(metricsView(r));
    return [
        table.trimEnd(),
        '',
        `Definitions: docs/metrics.md. ${(0,markdown/* escapeMarkdown */.FV)(`${r.environments.map((e) => `${e.name}: ${e.figures.landings.length}`).join(', ')} promotions counted.`)}`,
        '',
        ...metricsCharts(r).flatMap((c) => [c, '']),
    ].join('\n');
}
/** The figures as log lines (no action runs metrics; a workflow runs the CLI). */
function metricsRunnerView(r) {
    return { steps: [{ summary: metricsMarkdown(r) }] };
}
/** metrics' views. */
const metricsViews = {
    runner: metricsRunnerView,
    terminal: metricsView,
    failure: () => undefined,
    // One serializer: the document written in pieces (json.ts), read back where a face wants it whole.
    json: (r) => {
        const pieces = [];
        writeMetricsJson(r, (t) => pieces.push(t));
        return JSON.parse(pieces.join(''));
    },
    writeJson: writeMetricsJson,
};


/***/ }),

/***/ 4573:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JZ: () => (/* binding */ median),
/* harmony export */   h5: () => (/* binding */ figuresOf)
/* harmony export */ });
/* unused harmony export percentile */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9730);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
// The delivery figures over a window, from the records (records/history.ts):
// per environment and per service, deployment frequency, lead time for
// changes, change failure rate, failed deployment recovery time and
// deployment rework rate, each with the landings it counts. Definitions:
// docs/metrics.md. Pure: records and a window in, figures out.

const DAY = 86400;
/** The median (the mean of the two middle values for an even count); 0 for none. */
function median(values) {
    if (values.length === 0)
        return 0;
    const s = [...values].sort((a, b) => a - b);
    const m = s.length >> 1;
    return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
}
/** The nearest-rank percentile `p` (0 < p ≤ 1): the smallest value at or above that share of them; 0 for none. */
function percentile(values, p) {
    if (values.length === 0)
        return 0;
    const s = [...values].sort((a, b) => a - b);
    return s[Math.max(0, Math.ceil(p * s.length) - 1)];
}
const inWindow = (w, at) => at >= w.from && at < w.to;
/** The version in a pinned tag (`1.4.1`, `v1.4.1`, `api-1.4.1`); undefined when there is none. */
function versionOf(tag) {
    if (!tag)
        return undefined;
    if (versions.has(tag))
        return versions.get(tag);
    const m = /(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/.exec(tag);
    const v = m ? (semver__WEBPACK_IMPORTED_MODULE_0___default().parse(m[1]) ?? undefined) : undefined;
    versions.set(tag, v);
    return v;
}
/** Parsed tags: a history pins the same few versions thousands of times. */
const versions = new Map();
/** True when `next` is a fix release of `prev`: same major and minor, a higher patch. */
function isFixOf(prev, next) {
    const a = versionOf(prev);
    const b = versionOf(next);
    return !!a && !!b && a.major === b.major && a.minor === b.minor && semver__WEBPACK_IMPORTED_MODULE_0___default().gt(b, a);
}
/**
 * Each landing's failure, when it had one: its GitHub Deployment failed and a
 * landing followed it; or, for each service it pinned, the next landing of
 * that service into the same environment was a rollback or pinned a fix
 * release of the version this one pinned. The first such follower (earliest)
 * is the one that replaced it.
 */
function failuresOf(landings, only) {
    const out = new Map();
    // Walking back from the newest: for each service, the next landing that pins it.
    const nextOf = new Map();
    for (let k = landings.length - 1; k >= 0; k--) {
        const l = landings[k];
        const after = landings[k + 1];
        if (l.deployment?.state === 'failure' && after)
            out.set(l, { commit: l.commit, at: l.at, rule: 'deployment-failure', replacedBy: after.commit, recovery: after.at - l.at });
        for (const s of l.services) {
            if (only !== undefined && s.name !== only)
                continue;
            const next = nextOf.get(s.name);
            if (!next)
                continue;
            const rule = next.rollback
                ? 'rollback'
                : isFixOf(s.tag, next.services.find((t) => t.name === s.name)?.tag)
                    ? 'fix-release'
                    : undefined;
            const known = out.get(l);
            // Of the services' followers that say it failed, the earliest replaced it.
            if (rule && (!known || next.at - l.at < known.recovery))
                out.set(l, { commit: l.commit, at: l.at, rule, service: s.name, replacedBy: next.commit, recovery: next.at - l.at });
        }
        for (const s of l.services)
            nextOf.set(s.name, l);
    }
    return out;
}
/** The release position a pinned tag reaches on the first-parent history (its release tag), or undefined; a landing whose deployment failed reaches nothing. */
function reach(records, tagPrefix, l) {
    if (l.deployment?.state === 'failure')
        return undefined;
    let best;
    for (const s of l.services) {
        if (!s.tag)
            continue;
        const release = records.releases.get(`${tagPrefix}${s.tag}`) ?? records.releases.get(s.tag);
        if (release?.index !== undefined && (best === undefined || release.index > best))
            best = release.index;
    }
    return best;
}
/**
 * Lead times into one environment: walking its landings in order, each change
 * merged at or before the release a landing pins (and not reached before)
 * gets that landing's time minus its merge time. Only landings in the
 * window count; changes they carry may have been merged before it.
 */
function leadTimes(records, tagPrefix, landings, w) {
    const out = [];
    let reached = -1;
    let next = 0;
    const changes = records.changes;
    for (const l of landings) {
        const upTo = reach(records, tagPrefix, l);
        if (upTo === undefined || upTo <= reached)
            continue;
        while (next < changes.length && changes[next].index <= reached)
            next++;
        for (; next < changes.length && changes[next].index <= upTo; next++) {
            const c = changes[next];
            if (inWindow(w, l.at))
                out.push({ commit: c.commit, merged: c.at, landing: l.commit, seconds: l.at - c.at });
        }
        reached = upTo;
    }
    return out;
}
/** One environment's landings by service, made once per list of landings. */
const grouped = new WeakMap();
function byService(all) {
    let m = grouped.get(all);
    if (!m) {
        m = new Map();
        for (const l of all)
            for (const name of new Set(l.services.map((s) => s.name))) {
                const list = m.get(name);
                if (list)
                    list.push(l);
                else
                    m.set(name, [l]);
            }
        grouped.set(all, m);
    }
    return m;
}
/** The figures of `landings` (one environment's, oldest first, all time) over the window; `service` narrows them to one. */
function figuresOf(records, tagPrefix, all, w, service) {
    const scoped = service === undefined ? all : (byService(all).get(service) ?? []);
    const landings = scoped.filter((l) => inWindow(w, l.at));
    const days = (w.to - w.from) / DAY;
    const failed = failuresOf(scoped, service);
    const failures = landings.flatMap((l) => (failed.has(l) ? [failed.get(l)] : []));
    const replacing = new Set([...failed.values()].map((f) => f.replacedBy));
    const rework = landings.filter((l) => l.rollback || replacing.has(l.commit));
    const leads = service === undefined ? leadTimes(records, tagPrefix, scoped, w) : [];
    const n = landings.length;
    return {
        landings,
        inferred: landings.filter((l) => l.inferred).length,
        perDay: days > 0 ? n / days : 0,
        perWeek: days > 0 ? (n / days) * 7 : 0,
        leadTimes: leads,
        leadMedian: median(leads.map((t) => t.seconds)),
        leadP90: percentile(leads.map((t) => t.seconds), 0.9),
        failures,
        changeFailureRate: n > 0 ? failures.length / n : 0,
        recoveryMedian: median(failures.map((f) => f.recovery)),
        rework,
        reworkRate: n > 0 ? rework.length / n : 0,
    };
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

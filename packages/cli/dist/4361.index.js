export const id = 4361;
export const ids = [4361,6742];
export const modules = {

/***/ 94361:
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

// EXTERNAL MODULE: ./packages/core/src/records/figures.ts + 1 modules
var figures = __webpack_require__(61624);
;// CONCATENATED MODULE: ./packages/core/src/records/weeks.ts
// The delivery figures week by week (ISO weeks, Monday start): what metrics --markdown draws. Pure: an
// environment's figures over a window (records/figures.ts) and the window's weeks in, a week's figures out.

const DAY = 86400;
/** The calendar weeks that [from, to) touches, oldest first; the first and last cut to the window. */
function calendarWeeks(w) {
    const out = [];
    const dayOf = Math.floor(w.from / DAY);
    // 1970-01-01 was a Thursday: day d is a Monday when (d + 3) % 7 === 0.
    let monday = (dayOf - ((dayOf + 3) % 7)) * DAY;
    for (; monday < w.to; monday += 7 * DAY) {
        const from = Math.max(w.from, monday);
        const to = Math.min(w.to, monday + 7 * DAY);
        out.push({ monday, from, to, partial: to - from < 7 * DAY });
    }
    return out;
}
/** `f` (figures over a window) week by week. */
function weeklyFigures(f, weeks) {
    const reworked = new Set(f.rework.map((l) => l.commit));
    // Each landing's lead times by its commit, visited rather than listed (a fleet's environment: ~20,000).
    const leadsOf = new Map();
    f.eachLeadTime((_, __, l, seconds) => {
        const list = leadsOf.get(l.commit);
        if (list)
            list.push(seconds);
        else
            leadsOf.set(l.commit, [seconds]);
    });
    return weeks.map((week) => {
        const inWeek = (at) => at >= week.from && at < week.to;
        const landed = f.landings.filter((l) => inWeek(l.at));
        const commits = new Set(landed.map((l) => l.commit));
        const leads = [...commits].flatMap((c) => leadsOf.get(c) ?? []);
        const failed = f.failures.filter((x) => inWeek(x.at));
        return {
            week,
            promotions: landed.length,
            rework: landed.filter((l) => reworked.has(l.commit)).length,
            failed: failed.length,
            changeFailureRate: landed.length > 0 ? failed.length / landed.length : undefined,
            leadMedian: leads.length > 0 ? (0,figures/* median */.JZ)(leads) : undefined,
            recoveryMedian: failed.length > 0 ? (0,figures/* median */.JZ)(failed.map((x) => x.recovery)) : undefined,
        };
    });
}

// EXTERNAL MODULE: ./packages/core/src/report/mermaid.ts
var mermaid = __webpack_require__(65339);
// EXTERNAL MODULE: ./packages/core/src/report/view.ts
var view = __webpack_require__(57987);
// EXTERNAL MODULE: ./packages/core/src/text/duration.ts
var duration = __webpack_require__(8473);
// EXTERNAL MODULE: ./packages/core/src/text/markdown.ts
var markdown = __webpack_require__(69888);
// EXTERNAL MODULE: ./packages/core/src/contract/json.ts
var json = __webpack_require__(92252);
// EXTERNAL MODULE: ./packages/core/src/text/thousands.ts
var thousands = __webpack_require__(75358);
;// CONCATENATED MODULE: ./packages/core/src/text/utf8-chunks.ts
// Text written in chunks of at most `size` bytes of UTF-8, gathered in one
// buffer that is reused: a document of hundreds of MB (a fleet's metrics
// --json, millions of entries) made of small pieces would otherwise be
// millions of short-lived strings, joined, then encoded again to be written.
// Pieces go in whole (a chunk ends between two pieces, never inside one, so
// that a secret the writer masks is never split by the chunking); a piece
// larger than a chunk is written alone. Bytes a caller made once are copied,
// not re-encoded: a piece kept by number (a change's head, written in each
// environment it reached) is kept in the same memory as the chunk, so it is
// copied without an object per piece or per copy.
/**
 * Writes chunks of whole pieces: through `writeBytes` when given (the bytes
 * as they are, done with when it returns: the buffer is reused), else as
 * strings through `write`.
 */
class Utf8Chunks {
    /** The chunk being gathered: the first `size` bytes of `mem`; after them, the kept pieces (keep). */
    buf;
    mem;
    off = 0;
    size;
    /** The end of the kept pieces in `mem`, and each kept piece's place (its start there, -1: none) and length by number. */
    keptEnd;
    keptAt = new Int32Array(0);
    keptLength = new Int32Array(0);
    write;
    writeBytes;
    /** `keepRoom`: bytes of kept pieces to make room for at once (more are made room for as they come). */
    constructor(write, writeBytes, size = 1 << 16, keepRoom = 0) {
        this.write = write;
        this.writeBytes = writeBytes;
        this.size = size;
        this.mem = Buffer.allocUnsafe(size + keepRoom);
        this.buf = this.mem.subarray(0, size);
        this.keptEnd = size;
    }
    /**
     * Keeps `s` as piece number `key` (0 or more, replacing the piece that number had), for kept(key) to write
     * as often as it is asked. A kept piece is at most a chunk.
     */
    keep(key, s) {
        if (s.length > this.size)
            throw new RangeError(`a kept piece is at most ${this.size} bytes`);
        if (key >= this.keptAt.length) {
            const room = Math.max(key + 1, this.keptAt.length * 2, 1024);
            const at = new Int32Array(room).fill(-1);
            at.set(this.keptAt);
            const length = new Int32Array(room);
            length.set(this.keptLength);
            [this.keptAt, this.keptLength] = [at, length];
        }
        // As text does: a UTF-16 code unit is at most 3 bytes of UTF-8, so only a piece that may not fit is measured.
        if (this.keptEnd + s.length * 3 > this.mem.length) {
            const n = Buffer.byteLength(s, 'utf8');
            if (n > this.size)
                throw new RangeError(`a kept piece is at most ${this.size} bytes, not ${n}`);
            if (this.keptEnd + n > this.mem.length) {
                // Half as much room again: the chunk being gathered and every kept piece move with it.
                const mem = Buffer.allocUnsafe(Math.max(this.keptEnd + n, Math.ceil(this.mem.length * 1.5)));
                this.mem.copy(mem, 0, 0, this.keptEnd);
                this.mem = mem;
                this.buf = mem.subarray(0, this.size);
            }
        }
        const n = this.mem.write(s, this.keptEnd, 'utf8');
        if (n > this.size)
            throw new RangeError(`a kept piece is at most ${this.size} bytes, not ${n}`);
        this.keptAt[key] = this.keptEnd;
        this.keptLength[key] = n;
        this.keptEnd += n;
    }
    /** Whether piece number `key` is kept. */
    has(key) {
        return key >= 0 && key < this.keptAt.length && this.keptAt[key] >= 0;
    }
    /** The piece kept as number `key` (keep), copied from where it is kept. */
    kept(key) {
        const at = this.keptAt[key];
        const n = this.keptLength[key];
        if (this.off + n > this.size)
            this.flush();
        this.mem.copyWithin(this.off, at, at + n);
        this.off += n;
    }
    /** A piece of text. */
    text(s) {
        // A UTF-16 code unit is at most 3 bytes of UTF-8: only a piece that may not fit is measured.
        if (this.off + s.length * 3 > this.buf.length) {
            const bytes = Buffer.byteLength(s, 'utf8');
            if (this.off + bytes > this.buf.length)
                this.flush();
            if (bytes > this.buf.length) {
                this.write(s);
                return;
            }
        }
        this.off += this.buf.write(s, this.off, 'utf8');
    }
    /** A piece already encoded (valid UTF-8, made with Buffer.from(text)). */
    bytes(b) {
        if (this.off + b.length > this.buf.length) {
            this.flush();
            if (b.length > this.buf.length) {
                if (this.writeBytes)
                    this.writeBytes(b);
                else
                    this.write(b.toString('utf8'));
                return;
            }
        }
        this.buf.set(b, this.off);
        this.off += b.length;
    }
    /** One ASCII character, by its code. */
    ascii(code) {
        if (this.off === this.buf.length)
            this.flush();
        this.buf[this.off++] = code;
    }
    /**
     * A number as JSON.stringify writes it (null when it is not finite); a whole
     * number from 0 to 2^31 − 1 (a lead time in seconds: 68 years) as its
     * digits, without making a string of it.
     */
    number(n) {
        if (!(Number.isInteger(n) && n >= 0 && n <= 0x7fffffff)) {
            this.text(Number.isFinite(n) ? String(n) : 'null');
            return;
        }
        let digits = 1;
        for (let x = n | 0; x >= 10; x = (x / 10) | 0)
            digits++;
        if (this.off + digits > this.buf.length)
            this.flush();
        let at = this.off + digits;
        let x = n | 0;
        do {
            const q = (x / 10) | 0;
            this.buf[--at] = 48 + x - q * 10;
            x = q;
        } while (x > 0);
        this.off += digits;
    }
    /** Writes what is gathered. */
    flush() {
        if (this.off === 0)
            return;
        const n = this.off;
        this.off = 0;
        if (this.writeBytes)
            this.writeBytes(this.buf.subarray(0, n));
        else
            this.write(this.buf.toString('utf8', 0, n));
    }
}

;// CONCATENATED MODULE: ./packages/core/src/operations/metrics/rule.ts
// The rule metrics counts a failed landing by, in words: the header of each face (the table's status, the
// Markdown report's, --json's failure-rule) says it, so that a change failure rate is read as what it counts.

/**
 * The rule that says a landing failed, with the fix window the run read: the report's header names it, so a
 * team reading 20% knows what was counted (a week's patch release is no failure's repair).
 */
function failureRuleWords(fixWindow) {
    return ('A landing failed when a rollback replaced it, or a fix release (same major and minor, higher patch) ' +
        `landed within ${(0,duration/* formatDuration */.a3)(fixWindow * 1000)} of it (fix-window) or carrying a change marked Lockstep-Fixes: its version, ` +
        'or when its GitHub Deployment failed.');
}

;// CONCATENATED MODULE: ./packages/core/src/operations/metrics/json.ts
// `lockstep metrics --json`, written piece by piece: a year of a busy
// repository lists tens of thousands of lead times and thousands of
// promotions (13 MB for 20,000 commits, 300 services, 3 environments; a
// fleet of 100 environments lists each change in each, 1.8 million entries
// and 300 MB), which as one object and one JSON.stringify string cost a
// second copy of all of it in memory. Here nothing is held whole: the pieces
// go into one reused 64 KB buffer (text/utf8-chunks.ts) that is written each
// time it fills, and the changes are visited, never listed. They are written
// only when asked (`--changes`): without it the document of that fleet is
// ~20 MB. The text is the
// same as JSON.stringify of the documented shape (docs/metrics.md): one
// line, keys in that order, no blank.




/** Bytes gathered before they are written: whole pieces only, so a masked secret is never split across two writes. */
const FLUSH_AT = 1 << 16;
/** The bytes of a change's head with a 40-digit id and a whole second: `{"commit":"…","merged":"…Z","landed-by":`. */
const HEAD = 97;
const iso = (s) => new Date(s * 1000).toISOString().replace('.000Z', 'Z');
/** Each day's `YYYY-MM-DDT`, by its number since 1970 (a fleet's changes fall on a few hundred days). */
const dayHeads = new Map();
const twoDigits = Array.from({ length: 60 }, (_, k) => String(k).padStart(2, '0'));
/**
 * iso for a change's merge time, written once per change (100,000 in a long history): a whole second is its
 * day's head, kept, and the time of day from arithmetic, without a Date and its toISOString per change
 * (~1.7 µs each, a tenth of the writer's time at 100,000 commits). Anything else goes through iso.
 */
function mergedIso(s) {
    if (!Number.isInteger(s))
        return iso(s);
    const day = Math.floor(s / 86400);
    let head = dayHeads.get(day);
    if (head === undefined) {
        const whole = new Date(day * 86400 * 1000).toISOString();
        dayHeads.set(day, (head = whole.slice(0, whole.indexOf('T') + 1)));
    }
    const t = s - day * 86400;
    const minutes = Math.floor(t / 60);
    return `${head}${twoDigits[Math.floor(minutes / 60)]}:${twoDigits[minutes % 60]}:${twoDigits[t % 60]}Z`;
}
const str = (s) => (s === undefined || s === null ? 'null' : JSON.stringify(s));
/** As JSON.stringify writes a number (null when not finite), without its call: lead times are written by the million. */
const num = (n) => (Number.isFinite(n) ? String(n) : 'null');
/** A commit id as git printed it (%H: hex digits only), quoted without a JSON.stringify per id: there are tens of thousands. */
const sha = (s) => (/^[0-9a-f]+$/.test(s) ? `"${s}"` : JSON.stringify(s));
/**
 * One promotion with its pins, as the environment lists it: its pins put one by one (a fleet's promotion pins
 * 300 services, 40 KB, and each is listed in every environment it landed in), returning its tail.
 */
function promotionJson(l, put) {
    put(`{"commit":${sha(l.commit)},"landed":${str(iso(l.at))},"services":[`);
    l.services.forEach((s, k) => put(`${k > 0 ? ',' : ''}{"name":${str(s.name)},"tag":${str(s.tag)},"digest":${str(s.digest)}}`));
    const deployment = l.deployment ? `{"id":${num(l.deployment.id)},"state":${str(l.deployment.state)}}` : 'null';
    return `],"from":${str(l.from)},"rollback":${l.rollback},"inferred":${l.inferred},"source":${str(l.source)},"deployment":${deployment}}`;
}
/** The note of a document without its changes (no --changes): how many it leaves out, and how to list them; none when it leaves out none. */
function unlisted(r) {
    const n = r.environments.reduce((sum, e) => sum + e.figures.leads, 0);
    if (n === 0)
        return [];
    return [
        `Lead-time changes are not listed (${(0,thousands/* thousands */.o)(n)} in all, each once per environment it reached): ` +
            '--changes lists each with its lead time under lead-time.changes.',
    ];
}
/**
 * Writes `metrics --json` through `write` (or `writeBytes`, the same text as
 * UTF-8), in pieces of at most 64 KB (a piece that is larger alone), ending
 * with a line break. A service's figures
 * name their promotions by commit only and list no lead-time changes
 * (`brief`): their details are in the environment's. Nothing is held whole:
 * the document leaves as it is made, and each environment's changes are
 * visited, not listed (a fleet's year: ~1.8 million, 280 MB of the 300).
 */
function writeMetricsJson(r, write, writeBytes) {
    // A change is listed once per environment it reached (a fleet: ten or a hundred times): its commit and merge
    // time are encoded once, by its position in the records' changes, and kept beside the chunk (Utf8Chunks
    // keep); the landing's id once per run of its changes. Room is made at once for the most changes one
    // environment lists, at about HEAD bytes each (a 40-digit id and a whole second).
    const most = r.changes ? Math.max(0, ...r.environments.map((e) => e.figures.leads)) : 0;
    const out = new Utf8Chunks(write, writeBytes, FLUSH_AT, most * HEAD);
    const headOf = [];
    let landing = { bytes: Buffer.alloc(0) };
    let first = true;
    const change = (c, k, l, seconds) => {
        if (!first)
            out.ascii(0x2c); // ,
        first = false;
        if (headOf[k] !== c) {
            out.keep(k, `{"commit":${sha(c.commit)},"merged":"${mergedIso(c.at)}","landed-by":`);
            headOf[k] = c;
        }
        if (landing.of !== l)
            landing = { of: l, bytes: Buffer.from(`${sha(l.commit)},"seconds":`, 'utf8') };
        out.kept(k);
        out.bytes(landing.bytes);
        out.number(seconds);
        out.ascii(0x7d); // }
    };
    const put = (piece) => out.text(piece);
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
        list(f.landings, brief ? (l) => sha(l.commit) : (l) => promotionJson(l, put));
        put(`,"inferred":${num(f.inferred)},"deployment-frequency":{"per-day":${num(f.perDay)},"per-week":${num(f.perWeek)}},` +
            `"lead-time":{"median-seconds":${num(f.leadMedian)},"p90-seconds":${num(f.leadP90)}`);
        // A service's changes are its environment's (releases are of the whole repository): listed there once,
        // when asked (--changes).
        if (!brief && r.changes) {
            put(',"changes":[');
            first = true;
            f.eachLeadTime(change);
            put(']');
        }
        put(`},"change-failure-rate":{"rate":${num(f.changeFailureRate)},"failed":`);
        list(f.failures, (x) => `{"commit":${sha(x.commit)},"rule":${str(x.rule)},"service":${str(x.service)},"replaced-by":${sha(x.replacedBy)},"recovery-seconds":${num(x.recovery)}}`);
        put(`},"recovery-time":{"median-seconds":${num(f.recoveryMedian)}},"rework-rate":{"rate":${num(f.reworkRate)},"promotions":`);
        list(f.rework, (l) => sha(l.commit));
        put('}');
    };
    // docs/cli.md: every --json document starts with its version, the command, its outcome and errors (contract/json.ts).
    put(`${(0,json/* doneJsonHead */.Vy)('metrics')},"base":${str(r.base)},"base-sha":${str(r.tip)},"from":${str(iso(r.from))},"to":${str(iso(r.to))},` +
        `"commits":${num(r.commits)},"inferred":${num(r.inferred)},` +
        `"deployments":{"read":${r.deployments.read},"reason":${str(r.deployments.read ? null : r.deployments.reason)}},` +
        `"failure-rule":{"text":${str(failureRuleWords(r.fixWindow))},"fix-window-seconds":${num(r.fixWindow)},"fix-marker":"Lockstep-Fixes"},"notes":`);
    list(r.changes ? r.notes : [...r.notes, ...unlisted(r)], str);
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
    out.flush();
}

;// CONCATENATED MODULE: ./packages/core/src/operations/metrics/view.ts
// What `lockstep metrics` shows: a table of each environment's figures and
// each service's under it (terminal), and a Markdown report for the job
// summary or a PR comment: the same table, then Mermaid charts GitHub
// renders (promotions per week per environment, median lead time per week).








const percent = (x) => `${Math.round(x * 1000) / 10}%`;
const perDay = (x) => `${Math.round(x * 100) / 100}`;
const span = (seconds) => (0,duration/* formatDuration */.a3)(seconds * 1000);
/** One row of figures: promotions, per day, per week, lead time median and p90, failure rate, recovery, rework. */
function figureCells(f) {
    const lead = f.leads > 0;
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
    'environment',
    'service',
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
/** The table: each environment (all its services), then a row per service of it, the environment named in each. */
function metricsView(r) {
    const rows = [];
    for (const e of r.environments) {
        rows.push([e.name, 'all', ...figureCells(e.figures)]);
        for (const s of e.services)
            rows.push([e.name, s.name, ...figureCells(s.figures)]);
    }
    return {
        title: 'metrics',
        status: `Delivery figures on ${r.base} at ${r.tip.slice(0, 12)}, ${(0,figures/* windowWords */.Ee)(r.from, r.to)} (${r.commits} commits read). ${failureRuleWords(r.fixWindow)}`,
        headers: HEADERS,
        rows,
        notes: [...r.notes, ...failureLines(r)],
        warnings: [],
    };
}
/** A Mermaid string: double quotes and line breaks dropped, so a name cannot end the label. */
const label = (s) => `"${s.replace(/["\r\n\\`%]/g, '')}"`;
const DAY_SECONDS = 86400;
const date = (s) => new Date(s * 1000).toISOString().slice(0, 10);
function unitFor(seconds) {
    return Math.max(0, ...seconds) >= 2 * DAY_SECONDS ? { name: 'days', seconds: DAY_SECONDS } : { name: 'hours', seconds: 3600 };
}
/** `seconds` in `unit`, one decimal. */
const inUnit = (seconds, unit) => Math.round((seconds / unit.seconds) * 10) / 10;
/** A week's label on an axis: its Monday, `MM-DD` (the year is in the axis title), `*` when the window covers part of it. */
const weekTick = (w, oneYear) => `${oneYear ? date(w.monday).slice(5) : date(w.monday)}${w.partial ? '*' : ''}`;
/** A week in a table: `week of 2026-11-16`, and the days covered when partial. */
function weekWords(w) {
    if (!w.partial)
        return `week of ${date(w.monday)}`;
    const days = Math.round((w.to - w.from) / DAY_SECONDS);
    return `week of ${date(w.monday)} (partial: ${date(w.from)} to ${date(w.to - 1)}, ${days} day${days === 1 ? '' : 's'})`;
}
/** The x-axis of every chart: the weeks, with the year (when there is one) and what `*` means. */
function weekAxis(weeks) {
    const years = [...new Set(weeks.map((w) => date(w.monday).slice(0, 4)))];
    const oneYear = years.length === 1;
    const title = `week of (Monday${oneYear ? `, ${years[0]}` : ''}${weeks.some((w) => w.partial) ? '; * partial week' : ''})`;
    return `x-axis ${label(title)} [${weeks.map((w) => label(weekTick(w, oneYear))).join(', ')}]`;
}
/** One xychart block: the theme (series colours in order), the chart's own settings, then its lines. */
function xyChart(palette, settings, lines) {
    return [
        '```mermaid',
        (0,mermaid/* initDirective */.im)({ ...(0,mermaid/* xyChartTheme */.pz)(palette), xyChart: { width: 900, height: 360, showLegend: false, ...settings } }),
        'xychart-beta',
        ...lines.map((l) => `  ${l}`),
        '```',
    ].join('\n');
}
/**
 * A bar that must not be drawn (a week with nothing to show): a value below
 * the axis, which mermaid draws as a bar of negative height, that is none.
 * A zero would draw a stub: mermaid lifts zero off the axis by half a label.
 */
const NO_BAR = (top) => -top;
const NO_BAR_NOTE = '%% A week with nothing to show has a value below the axis: mermaid draws no bar for it (zero would draw a stub).';
/**
 * One environment's promotions per week as bars, the count written on each
 * (the y-axis has no tick labels, so no fractions, and zero sits on the
 * axis), and its rollbacks and fix releases per week as a red line.
 */
function promotionsChart(name, weeks, byWeek, colour) {
    const top = Math.max(1, ...byWeek.map((w) => w.promotions));
    return xyChart([colour, mermaid/* ALARM */._$], { height: 300, showDataLabel: true, yAxis: { showLabel: false, showTick: false } }, [
        `title ${label(`${name}: promotions per week, red line: rollbacks and fix releases`)}`,
        weekAxis(weeks),
        `y-axis "promotions" 0 --> ${top}`,
        `bar "promotions" [${byWeek.map((w) => w.promotions).join(', ')}]`,
        `line "rollbacks and fix releases" [${byWeek.map((w) => w.rework).join(', ')}]`,
    ]);
}
/**
 * One environment's median lead time per week as bars, in `unit`. A week
 * no change landed in has no bar, and a grey shade the whole height, so it
 * reads as "nothing measured", never as a short wait.
 */
function leadTimeChart(name, weeks, byWeek, unit, colour) {
    const top = Math.max(1, Math.ceil(Math.max(...byWeek.map((w) => (w.leadMedian === undefined ? 0 : inUnit(w.leadMedian, unit))))));
    return xyChart([mermaid/* NOTHING */.K$, colour], {}, [
        NO_BAR_NOTE,
        `title ${label(`${name}: median lead time per week, ${unit.name}; grey: no landing`)}`,
        weekAxis(weeks),
        `y-axis ${label(unit.name)} 0 --> ${top}`,
        `bar "no landing" [${byWeek.map((w) => (w.leadMedian === undefined ? top : 0)).join(', ')}]`,
        `bar "median lead time" [${byWeek.map((w) => (w.leadMedian === undefined ? NO_BAR(top) : inUnit(w.leadMedian, unit))).join(', ')}]`,
    ]);
}
/**
 * A count per week for every environment, stacked (environments as series,
 * in the config's order from the bottom): mermaid draws bars of several
 * series over each other, so each series is the running total up to its
 * environment, the tallest drawn first. A whole-number axis (ten or more
 * ticks' worth, so mermaid ticks whole numbers) and a legend.
 */
function stackedChart(title, axis, weeks, counts, names) {
    const totals = counts.map((_, k) => weeks.map((_w, i) => counts.slice(0, k + 1).reduce((sum, c) => sum + c[i], 0)));
    const top = Math.max(10, ...totals.flat());
    const series = names.map((n, k) => `bar ${label(n)} [${totals[k].map((v) => (v === 0 ? NO_BAR(top) : v)).join(', ')}]`).reverse();
    const palette = names.map((_, k) => mermaid/* PALETTE */.Ab[k % mermaid/* PALETTE */.Ab.length]).reverse();
    return xyChart(palette, { showLegend: true }, [
        NO_BAR_NOTE,
        `title ${label(title)}`,
        weekAxis(weeks),
        `y-axis ${label(axis)} 0 --> ${top}`,
        ...series,
    ]);
}
/** `v` in `unit` in words: `1 day`, `2.5 days`. */
const spanIn = (seconds, unit) => {
    const v = inUnit(seconds, unit);
    return `${v} ${v === 1 ? unit.name.slice(0, -1) : unit.name}`;
};
/** A figure of a week, or what stands for nothing to measure. */
const orNone = (v, show, none) => (v === undefined ? none : show(v));
/** One environment week by week, folded: the two charts and the table beside them, in the charts' unit. */
function environmentDetail(e, weeks, colour) {
    const byWeek = weeklyFigures(e.figures, weeks);
    const unit = unitFor(byWeek.flatMap((w) => [w.leadMedian ?? 0, w.recoveryMedian ?? 0]));
    const rows = byWeek.map((w) => [
        weekWords(w.week),
        String(w.promotions),
        String(w.rework),
        orNone(w.changeFailureRate, percent, 'no landing'),
        orNone(w.leadMedian, (v) => spanIn(v, unit), 'no landing'),
        orNone(w.recoveryMedian, (v) => spanIn(v, unit), w.promotions > 0 ? 'no failure' : 'no landing'),
    ]);
    return [
        `<details><summary>${(0,markdown/* escapeMarkdown */.FV)(e.name)}: week by week</summary>`,
        '',
        promotionsChart(e.name, weeks, byWeek, colour),
        '',
        leadTimeChart(e.name, weeks, byWeek, unit, colour),
        '',
        (0,markdown/* markdownTable */.Qj)(['week', 'promotions', 'rollbacks and fix releases', 'change failure rate', 'median lead time', 'median recovery'], rows),
        '',
        '</details>',
    ].join('\n');
}
/**
 * Every environment at once, before the detail: promotions per week and
 * rollbacks and fix releases per week, stacked by environment; the median
 * lead time per week in a table (one unit for all: a gap in a line chart
 * cannot be drawn, and a missing week is not a zero).
 */
function overview(r, weeks) {
    const names = r.environments.map((e) => e.name);
    const byEnv = r.environments.map((e) => weeklyFigures(e.figures, weeks));
    const unit = unitFor(byEnv.flat().map((w) => w.leadMedian ?? 0));
    const rows = weeks.map((w, i) => [
        weekWords(w),
        String(byEnv.reduce((n, f) => n + f[i].promotions, 0)),
        ...byEnv.map((f) => orNone(f[i].leadMedian, (v) => spanIn(v, unit), 'no landing')),
    ]);
    return [
        '#### Every environment, week by week',
        '',
        stackedChart('Promotions per week, by environment', 'promotions', weeks, byEnv.map((f) => f.map((w) => w.promotions)), names),
        '',
        stackedChart('Rollbacks and fix releases per week, by environment', 'rollbacks and fix releases', weeks, byEnv.map((f) => f.map((w) => w.rework)), names),
        '',
        `Median lead time per week (${unit.name}):`,
        '',
        (0,markdown/* markdownTable */.Qj)(['week', 'promotions, all environments', ...names], rows),
    ].join('\n');
}
/**
 * The report's pictures, week by week (ISO weeks): the overview of every
 * environment, then each environment's detail folded under `<details>`.
 */
function metricsCharts(r) {
    const weeks = calendarWeeks({ from: r.from, to: r.to });
    // Each environment's bars blue, whatever its colour in the overview: the red line must stand out on them.
    return [overview(r, weeks), ...r.environments.map((e) => environmentDetail(e, weeks, mermaid/* PALETTE */.Ab[0]))];
}
/** The Markdown report: heading, the figures' table and notes, then the pictures. */
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

/***/ 65339:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ab: () => (/* binding */ PALETTE),
/* harmony export */   K$: () => (/* binding */ NOTHING),
/* harmony export */   Pg: () => (/* binding */ INK),
/* harmony export */   _$: () => (/* binding */ ALARM),
/* harmony export */   im: () => (/* binding */ initDirective),
/* harmony export */   pz: () => (/* binding */ xyChartTheme)
/* harmony export */ });
// The colours of every Mermaid chart lockstep writes (metrics' bar charts,
// status' flowchart). GitHub draws a ```mermaid block on the page's own
// background, white (#ffffff) or near-black (#0d1117) by the reader's theme,
// and one block cannot know which: every colour here is a mid-tone whose
// WCAG contrast is at least 3.5:1 against both (checked in a real browser by
// action-tests/test/delivery-report-browser.test.ts), and the chart's own
// background is transparent. Set per block with Mermaid's init directive.
/** Text, axes and lines: GitHub's muted grey, 4.6:1 on white and 4.2:1 on #0d1117. */
const INK = '#6e7781';
/** One colour per series (environments in the config's order), each ≥ 3.5:1 on both backgrounds. */
const PALETTE = ['#1f6feb', '#bc4c00', '#1a7f37', '#8250df', '#1b7c83', '#9a6700', '#bf3989', '#6b7f00', '#6e7781', '#cf222e'];
/** A failure (a rollback, a fix release; an environment behind): red, 5.4:1 on white, 3.5:1 on #0d1117. */
const ALARM = '#cf222e';
/** A week with nothing to measure: the muted grey at a quarter strength, a shade behind the bars, not a value. */
const NOTHING = '#6e778140';
/** A Mermaid init directive line: `%%{init: {…}}%%` of `config`. */
function initDirective(config) {
    return `%%{init: ${JSON.stringify(config)}}%%`;
}
/** The xychart theme: transparent background, `INK` for every text and axis, `palette` for the series in order. */
function xyChartTheme(palette) {
    const ink = Object.fromEntries(['title', 'xAxisLabel', 'xAxisTitle', 'xAxisTick', 'xAxisLine', 'yAxisLabel', 'yAxisTitle', 'yAxisTick', 'yAxisLine', 'legendText'].map((k) => [`${k}Color`, INK]));
    return {
        theme: 'base',
        themeVariables: {
            xyChart: { backgroundColor: 'transparent', ...ink, dataLabelColor: '#ffffff', plotColorPalette: palette.join(', ') },
        },
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


/***/ }),

/***/ 75358:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ thousands)
/* harmony export */ });
/**
 * A whole number with its thousands grouped by commas, as `toLocaleString('en-US')` writes it
 * (`1,234,567`), without it: the first call of toLocaleString loads ICU's locale data, ~20 ms of a
 * short run. Anything but a safe integer goes to toLocaleString.
 */
function thousands(n) {
    if (!Number.isSafeInteger(n))
        return n.toLocaleString('en-US');
    const digits = String(Math.abs(n));
    let out = digits.slice(0, digits.length % 3 || 3);
    for (let k = out.length; k < digits.length; k += 3)
        out += `,${digits.slice(k, k + 3)}`;
    return n < 0 ? `-${out}` : out;
}


/***/ })

};

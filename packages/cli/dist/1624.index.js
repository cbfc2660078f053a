export const id = 1624;
export const ids = [1624];
export const modules = {

/***/ 61624:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h5: () => (/* binding */ figuresOf),
  JZ: () => (/* binding */ median),
  Ee: () => (/* binding */ windowWords)
});

// UNUSED EXPORTS: percentile

// EXTERNAL MODULE: ./packages/core/node_modules/semver/index.js
var semver = __webpack_require__(69730);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
;// CONCATENATED MODULE: ./packages/core/src/records/lead-times.ts
// Lead times without listing them. The changes a landing brings into an
// environment are one run of the first-parent history (records/figures.ts
// leadSpans), each change's lead time the landing's time minus its merge
// time. A fleet's figures need the median and p90 of every environment's and
// every service's lead times: at 100 environments × 300 services over 20,000
// commits, 300 million numbers to list and sort. Here they are counted
// instead: along a stretch of history whose merge times do not go back, the
// lead times into one landing only shrink, so how many are at most x is one
// binary search per stretch, and the k-th smallest is a binary search on x.
// The answers are those of sorting the list (figures.ts median, percentile).
const merges = new WeakMap();
function mergeTimes(changes) {
    let m = merges.get(changes);
    if (!m) {
        // A loop, not Float64Array.from with a mapper (that goes through the iterator: ~10× slower on 100,000 changes).
        const at = new Float64Array(changes.length);
        for (let k = 0; k < changes.length; k++)
            at[k] = changes[k].at;
        const turns = [];
        for (let k = 1; k < at.length; k++)
            if (at[k - 1] > at[k])
                turns.push(k);
        m = { at, turns, whole: at.every(Number.isInteger) };
        merges.set(changes, m);
    }
    return m;
}
/** The first index in [lo, hi) of ascending `xs` whose value is ≥ x (hi when none). */
function lowerBound(xs, x, lo, hi) {
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (xs[mid] < x)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/** The first index in [lo, hi) of ascending `xs` whose value is > x (hi when none). */
function upperBound(xs, x, lo, hi) {
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (xs[mid] <= x)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/**
 * Counting searches every stretch at each step of its binary search on the value, sorting visits each lead
 * time a few times: lead times are counted when there are at most this many stretches, or when each stretch
 * holds this many lead times on average (an environment's year: ~200 landings bring 100,000 changes, whose
 * listing and sorting took ~8 ms a figure where counting takes well under one), else listed and sorted.
 */
const FEW_STRETCHES = 64;
/** How many lead times (max(0, landed − at), over the stretches) are at most x. */
function atMost(at, stretches, x) {
    let n = 0;
    for (const s of stretches)
        n += s.to - lowerBound(at, s.landed - x, s.from, s.to);
    return n;
}
/** The lead times of `spans` (records.changes' runs) in order of size, listed only when counting would not be quicker. */
function leadOrder(changes, spans) {
    const times = mergeTimes(changes);
    const stretches = [];
    let count = 0;
    for (const s of spans) {
        count += s.to - s.from;
        let from = s.from;
        for (let t = lowerBound(times.turns, s.from + 1, 0, times.turns.length); t < times.turns.length && times.turns[t] < s.to; t++) {
            stretches.push({ landed: s.landing.at, from, to: times.turns[t] });
            from = times.turns[t];
        }
        if (from < s.to)
            stretches.push({ landed: s.landing.at, from, to: s.to });
    }
    const countable = times.whole &&
        (stretches.length <= FEW_STRETCHES || stretches.length * FEW_STRETCHES <= count) &&
        stretches.every((s) => Number.isInteger(s.landed));
    if (!countable) {
        const sorted = new Float64Array(count);
        let k = 0;
        for (const s of stretches)
            for (let i = s.from; i < s.to; i++)
                sorted[k++] = Math.max(0, s.landed - times.at[i]);
        sorted.sort();
        return { count, nth: (n) => sorted[n], atMost: (x) => upperBound(sorted, x, 0, count) };
    }
    // The largest lead time of a stretch is its first change's (the earliest merged).
    let top = 0;
    for (const s of stretches)
        top = Math.max(top, s.landed - times.at[s.from]);
    return { count, atMost: (x) => atMost(times.at, stretches, x), nth: (n) => nthOf(times.at, stretches, n, top) };
}
/** Beyond this many lead times left between the bounds, nthOf halves the bounds again; at or below, it sorts them. */
const FEW = 64;
/** nthOf's working memory, reused (a fleet asks ~100,000 quantiles), grown to the most stretches asked for. */
const scratch = {
    a: new Int32Array(FEW_STRETCHES),
    b: new Int32Array(FEW_STRETCHES),
    p: new Int32Array(FEW_STRETCHES),
    left: new Float64Array(FEW),
};
/** The scratch arrays, each of room for at least `m` stretches. */
function scratchFor(m) {
    if (scratch.a.length < m) {
        const size = Math.max(m, scratch.a.length * 2);
        scratch.a = new Int32Array(size);
        scratch.b = new Int32Array(size);
        scratch.p = new Int32Array(size);
    }
    return scratch;
}
/**
 * The n-th smallest lead time (0-based) of the stretches, each between 0 and `top`: a binary search on the
 * value x (the smallest whole x with more than n lead times at most x) that keeps, for each stretch, the run
 * of its changes whose lead time lies between the bounds (a stretch's lead times shrink along it), so each
 * count searches only that run, and that sorts what is left once at most FEW lead times lie between them.
 */
function nthOf(at, stretches, n, top) {
    // Between lo (exclusive) and hi: each stretch's changes [a, b) (lead time ≤ hi from a, > lo before b).
    const m = stretches.length;
    const { a, b, p, left } = scratchFor(m);
    let lo = -1;
    let hi = top;
    let below = 0;
    let between = 0;
    for (let i = 0; i < m; i++) {
        a[i] = stretches[i].from;
        b[i] = stretches[i].to;
        between += b[i] - a[i];
    }
    for (let step = 0; hi - lo > 1 && between > FEW; step++) {
        // Every other step guesses where the sought lead time lies as if those between the bounds were evenly
        // spread between them (a handful of steps where halving takes twenty), the others halve: never more than
        // twice halving's steps, whatever the spread. Any x strictly between the bounds keeps the answer exact.
        const mid = step % 2 === 0
            ? Math.min(hi - 1, Math.max(lo + 1, lo + Math.floor(((hi - lo) * (n - below + 0.5)) / between)))
            : Math.floor((lo + hi) / 2);
        // At most mid between the bounds: each run's tail from p.
        let upTo = 0;
        for (let i = 0; i < m; i++) {
            p[i] = lowerBound(at, stretches[i].landed - mid, a[i], b[i]);
            upTo += b[i] - p[i];
        }
        if (below + upTo > n) {
            // The answer is at most mid: the runs' tails are what lies between the bounds now.
            hi = mid;
            between = upTo;
            for (let i = 0; i < m; i++)
                a[i] = p[i];
        }
        else {
            lo = mid;
            below += upTo;
            between -= upTo;
            for (let i = 0; i < m; i++)
                b[i] = p[i];
        }
    }
    if (hi - lo <= 1)
        return hi;
    let k = 0;
    for (let i = 0; i < m; i++)
        for (let j = a[i]; j < b[i]; j++)
            left[k++] = Math.max(0, stretches[i].landed - at[j]);
    return left.subarray(0, k).sort()[n - below];
}
/** The median of the lead times (the mean of the two middle ones for an even count); 0 for none. As figures.ts median. */
function medianOf(o) {
    if (o.count === 0)
        return 0;
    const m = o.count >> 1;
    if (o.count % 2 === 1)
        return o.nth(m);
    const below = o.nth(m - 1);
    // The two middle lead times are most often one value: then the second needs no search.
    return (below + (o.atMost(below) > m ? below : o.nth(m))) / 2;
}
/** The nearest-rank percentile p of the lead times; 0 for none. As figures.ts percentile. */
function percentileOf(o, p) {
    if (o.count === 0)
        return 0;
    return o.nth(Math.max(0, Math.ceil(p * o.count) - 1));
}
/** Visits each lead time of `spans` in the history's order, listing none (a fleet's --json writes millions: json.ts). */
function eachLeadTime(changes, spans, visit) {
    for (const s of spans)
        for (let i = s.from; i < s.to; i++) {
            const c = changes[i];
            visit(c, i, s.landing, Math.max(0, s.landing.at - c.at));
        }
}
/** Each lead time of `spans`, in the history's order. */
function listLeadTimes(changes, spans) {
    const out = [];
    eachLeadTime(changes, spans, (c, _, landing, seconds) => out.push({ commit: c.commit, merged: c.at, landing: landing.commit, seconds }));
    return out;
}

;// CONCATENATED MODULE: ./packages/core/src/records/figures.ts
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
const date = (s) => new Date(s * 1000).toISOString().slice(0, 10);
const minute = (s) => new Date(s * 1000).toISOString().slice(0, 16).replace('T', ' ');
/**
 * The window in words: `2026-08-24 to 2026-11-22 (91 days, inclusive)` when
 * it runs from a day's start to a day's end (UTC), else with the times.
 */
function windowWords(from, to) {
    const days = Math.round((to - from) / DAY);
    const plural = `${days} day${days === 1 ? '' : 's'}`;
    if (from % DAY === 0 && to % DAY === 0)
        return `${date(from)} to ${date(to - 1)} (${plural}, inclusive)`;
    return `${minute(from)} to ${minute(to)} UTC (${plural})`;
}
/** The version in a pinned tag (`1.4.1`, `v1.4.1`, `api-1.4.1`); undefined when there is none. */
function versionOf(tag) {
    if (!tag)
        return undefined;
    if (versions.has(tag))
        return versions.get(tag);
    const m = /(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/.exec(tag);
    const v = m ? (semver_default().parse(m[1]) ?? undefined) : undefined;
    versions.set(tag, v);
    return v;
}
/** Parsed tags: a history pins the same few versions thousands of times. */
const versions = new Map();
/** The first first-parent position of a change marked as the repair of each version (`Lockstep-Fixes: 1.4.0`). */
const markedAt = new WeakMap();
function firstMarks(records) {
    let m = markedAt.get(records);
    if (!m) {
        m = new Map();
        for (const mark of records.fixMarks) {
            const v = versionOf(mark.release)?.version;
            if (v !== undefined && !m.has(v))
                m.set(v, mark.index);
        }
        markedAt.set(records, m);
    }
    return m;
}
/**
 * True when the fix release `next` pins is marked as the repair of the version `prev` pinned: a change marked
 * `Lockstep-Fixes: <prev's version>` was merged at or before that release (else before its landing).
 */
function markedFix(records, rules, prev, next) {
    const v = versionOf(prev)?.version;
    const at = v === undefined ? undefined : firstMarks(records).get(v);
    if (at === undefined)
        return false;
    const tag = next.tag;
    const release = tag === undefined ? undefined : (records.releases.get(`${rules.tagPrefix}${tag}`) ?? records.releases.get(tag));
    return at <= Math.min(release?.index ?? Infinity, next.landing.index - 1);
}
/** True when `next` is a fix release of `prev`: same major and minor, a higher patch. */
function isFixOf(prev, next) {
    const a = versionOf(prev);
    const b = versionOf(next);
    return !!a && !!b && a.major === b.major && a.minor === b.minor && semver_default().gt(b, a);
}
/**
 * Each landing's failure, when it had one: its GitHub Deployment failed and a
 * landing followed it; or, for each service it pinned, the next landing of
 * that service into the same environment was a rollback or pinned a fix
 * release of the version this one pinned, landed within the fix window or
 * marked as its repair (FigureRules). The first such follower (earliest)
 * is the one that replaced it.
 */
function failuresOf(records, rules, landings) {
    const out = new Map();
    // Walking back from the newest: for each service, the next landing that pins it, and the tag it pins first.
    const nextOf = new Map();
    for (let k = landings.length - 1; k >= 0; k--) {
        const { landing: l, pins } = landings[k];
        const after = landings[k + 1]?.landing;
        if (l.deployment?.state === 'failure' && after)
            out.set(l, { commit: l.commit, at: l.at, rule: 'deployment-failure', replacedBy: after.commit, recovery: after.at - l.at });
        for (const s of pins) {
            const next = nextOf.get(s.name);
            if (!next)
                continue;
            const rule = next.landing.rollback
                ? 'rollback'
                : isFixOf(s.tag, next.tag) && (next.landing.at - l.at <= rules.fixWindow || markedFix(records, rules, s.tag, next))
                    ? 'fix-release'
                    : undefined;
            const known = out.get(l);
            // Of the services' followers that say it failed, the earliest replaced it.
            if (rule && (!known || next.landing.at - l.at < known.recovery))
                out.set(l, {
                    commit: l.commit,
                    at: l.at,
                    rule,
                    service: s.name,
                    replacedBy: next.landing.commit,
                    recovery: next.landing.at - l.at,
                });
        }
        for (let i = pins.length - 1; i >= 0; i--)
            nextOf.set(pins[i].name, { landing: l, tag: pins[i].tag });
    }
    return out;
}
/**
 * The release position the pins of a landing reach on the first-parent history (the newest of their
 * release tags), or undefined; a landing whose deployment failed reaches nothing.
 */
function reach(records, tagPrefix, { landing, pins }) {
    if (landing.deployment?.state === 'failure')
        return undefined;
    if (landing.ships !== undefined)
        return landing.ships;
    let best;
    for (const s of pins) {
        if (!s.tag)
            continue;
        const release = records.releases.get(`${tagPrefix}${s.tag}`) ?? records.releases.get(s.tag);
        if (release?.index !== undefined && (best === undefined || release.index > best))
            best = release.index;
    }
    return best;
}
/** The first-parent positions of the changes, for a binary search. */
const positions = new WeakMap();
function changeIndex(changes) {
    let p = positions.get(changes);
    if (!p) {
        p = new Float64Array(changes.length);
        for (let k = 0; k < changes.length; k++)
            p[k] = changes[k].index;
        positions.set(changes, p);
    }
    return p;
}
/** The first k in [0, xs.length) with xs[k] > x. */
function after(xs, x) {
    let [lo, hi] = [0, xs.length];
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (xs[mid] <= x)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/**
 * Lead times into one environment: walking its landings in order, each change
 * a landing contains (and no earlier landing did) gets that landing's time
 * minus its merge time. A landing contains a change when the change is an
 * ancestor both of the release it pins (merged at or before that release on
 * the first-parent history) and of the landing itself (merged before it): a
 * release tag placed after the promotion that pinned its version does not
 * pull the changes merged in between into that promotion. Never negative: a
 * change whose committer time is after its landing's (a skewed clock) counts
 * as 0. Only landings in the window count; changes they carry may have been
 * merged before it. Through the tags of `landings`' pins (one service's, or all).
 * The changes each landing brought are one run of records.changes: listed as such (lead-times.ts).
 */
function leadSpans(records, tagPrefix, landings, w) {
    const out = [];
    const index = changeIndex(records.changes);
    let reached = -1;
    for (const p of landings) {
        const pinned = reach(records, tagPrefix, p);
        if (pinned === undefined)
            continue;
        const upTo = Math.min(pinned, p.landing.ships ?? p.landing.index - 1);
        if (upTo <= reached)
            continue;
        const [from, to] = [after(index, reached), after(index, upTo)];
        if (inWindow(w, p.landing.at) && to > from)
            out.push({ landing: p.landing, from, to });
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
        for (const landing of all) {
            const mine = new Map();
            for (const s of landing.services) {
                const pins = mine.get(s.name);
                if (pins)
                    pins.push(s);
                else
                    mine.set(s.name, [s]);
            }
            for (const [name, pins] of mine) {
                const list = m.get(name);
                if (list)
                    list.push({ landing, pins });
                else
                    m.set(name, [{ landing, pins }]);
            }
        }
        grouped.set(all, m);
    }
    return m;
}
/**
 * A figures' lead times listed or visited on demand. Made here, not in figuresOf: a closure keeps its whole
 * scope, and figuresOf's holds its working maps and sets (a fleet keeps 24,000 figures, ~20 MB of them).
 */
function leadLists(changes, spans) {
    return {
        leadTimes: () => listLeadTimes(changes, spans),
        eachLeadTime: (visit) => eachLeadTime(changes, spans, visit),
    };
}
/** The figures of `landings` (one environment's, oldest first, all time) over the window; `service` narrows them to one. */
function figuresOf(records, rules, all, w, service) {
    const scoped = service === undefined ? all.map((landing) => ({ landing, pins: landing.services })) : (byService(all).get(service) ?? []);
    const landings = scoped.filter((p) => inWindow(w, p.landing.at)).map((p) => p.landing);
    const days = (w.to - w.from) / DAY;
    const failed = failuresOf(records, rules, scoped);
    const failures = landings.flatMap((l) => (failed.has(l) ? [failed.get(l)] : []));
    const replacing = new Set([...failed.values()].map((f) => f.replacedBy));
    const rework = landings.filter((l) => l.rollback || replacing.has(l.commit));
    // A service's own lead time: the changes its pinned release tags brought into the environment.
    const spans = leadSpans(records, rules.tagPrefix, scoped, w);
    const leads = leadOrder(records.changes, spans);
    const n = landings.length;
    return {
        landings,
        inferred: landings.filter((l) => l.inferred).length,
        perDay: days > 0 ? n / days : 0,
        perWeek: days > 0 ? (n / days) * 7 : 0,
        leads: leads.count,
        ...leadLists(records.changes, spans),
        leadMedian: medianOf(leads),
        leadP90: percentileOf(leads, 0.9),
        failures,
        changeFailureRate: n > 0 ? failures.length / n : 0,
        recoveryMedian: median(failures.map((f) => f.recovery)),
        rework,
        reworkRate: n > 0 ? rework.length / n : 0,
    };
}


/***/ })

};

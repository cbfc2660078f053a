export const id = 828;
export const ids = [828];
export const modules = {

/***/ 4000:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $: () => (/* binding */ contractIndex),
  Q: () => (/* binding */ valuesTemplates)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
;// CONCATENATED MODULE: ./packages/core/src/values/contract-vals.ts
// What the values contract's walk knows of a value while it reads a chart's
// templates: the chart's top object (`.`/`$` at a template's start), a place
// in a chart's values (`.Values.a.b`), a dict or list the template built —
// or nothing it can follow (an empty set). A value is a set of these: `default
// .Values.a .Values.b` may be either. Every place reached is recorded as read;
// a place handed whole to something the walk does not follow (`toYaml`,
// printed, an unknown function) is recorded as read whole.
/** A path segment for any key: a `range` over a map (`*`), or a key computed at render time (`?`, not traced). */
const EACH = '*';
const COMPUTED = '?';
/** The places read, per chart (by its index), keyed by the path joined with NUL. */
class Reads {
    byChart = new Map();
    /** Each chart's subcharts by their key (name or alias), as `.Subcharts.<key>` reaches them. */
    subcharts;
    constructor(subcharts = new Map()) {
        this.subcharts = subcharts;
    }
    add(chart, path, whole, traced = true) {
        let m = this.byChart.get(chart);
        if (!m)
            this.byChart.set(chart, (m = new Map()));
        const key = path.join('\u0000');
        const reading = traced ? 2 : 1;
        const r = m.get(key) ?? { path, here: 0, whole: 0 };
        m.set(key, r);
        if (reading > r.here)
            r.here = reading;
        if (whole && reading > r.whole)
            r.whole = reading;
    }
    /** Records every place in `vals` as read (whole when `whole`), dicts and lists through their members. */
    mark(vals, whole, traced = true, seen = new Set()) {
        for (const v of vals) {
            if (seen.has(v))
                continue;
            seen.add(v);
            if (v.k === 'v')
                this.add(v.chart, v.path, whole, traced);
            else if (v.k === 'root' && whole)
                this.add(v.chart, [], true, traced);
            else if (v.k === 'dict')
                for (const e of v.entries.values())
                    this.mark(e, whole, traced, seen);
            else if (v.k === 'list')
                this.mark(v.items, whole, traced, seen);
        }
    }
}
/** At most this many members in one value set: past it the walk reads the members whole and follows none. */
const MAX_SET = 64;
/** The union of value sets, duplicates of a place kept out; past MAX_SET members, `overflow` takes the rest. */
function union(sets, overflow) {
    const out = [];
    const places = new Set();
    for (const s of sets)
        for (const v of s) {
            const key = v.k === 'v' ? `${v.chart}:${v.path.join('\u0000')}` : v.k === 'root' || v.k === 'subcharts' ? `${v.k}:${v.chart}` : undefined;
            if (key !== undefined) {
                if (places.has(key))
                    continue;
                places.add(key);
            }
            else if (out.includes(v))
                continue;
            out.push(v);
        }
    if (out.length <= MAX_SET)
        return out;
    overflow(out.slice(MAX_SET));
    return out.slice(0, MAX_SET);
}
/** Field `name` of each value; places reached are recorded as read. */
function field(vals, name, reads) {
    const out = [];
    for (const v of vals) {
        if (v.k === 'root') {
            if (name === 'Values')
                out.push({ k: 'v', chart: v.chart, path: [] });
            // `.Subcharts.db.Values.port`: a parent's template reading its subchart's values.
            if (name === 'Subcharts')
                out.push({ k: 'subcharts', chart: v.chart });
        }
        else if (v.k === 'subcharts') {
            const child = reads.subcharts.get(v.chart)?.get(name);
            if (child !== undefined)
                out.push({ k: 'root', chart: child });
        }
        else if (v.k === 'v') {
            const path = [...v.path, name];
            reads.add(v.chart, path, false);
            out.push({ k: 'v', chart: v.chart, path });
        }
        else if (v.k === 'dict')
            out.push(...(v.entries.get(name) ?? v.entries.get(EACH) ?? []));
    }
    return out;
}
/** The members a `range` (or `values`, `first`) yields of each value. */
function members(vals, reads) {
    const out = [];
    for (const v of vals) {
        if (v.k === 'v') {
            const path = [...v.path, EACH];
            reads.add(v.chart, path, false);
            out.push({ k: 'v', chart: v.chart, path });
        }
        else if (v.k === 'dict')
            for (const e of v.entries.values())
                out.push(...e);
        else if (v.k === 'list')
            out.push(...v.items);
    }
    return out;
}
/** A structural key of a value set, for the walk's memo of named-template calls (bounded in depth and length). */
function signature(vals, depth = 0) {
    if (depth > 3)
        return '…';
    const parts = vals.map((v) => {
        if (v.k === 'root')
            return `r${v.chart}`;
        if (v.k === 'subcharts')
            return `s${v.chart}`;
        if (v.k === 'v')
            return `v${v.chart}:${v.path.join('.')}`;
        if (v.k === 'list')
            return `[${signature(v.items, depth + 1)}]`;
        return `{${[...v.entries].map(([k, e]) => `${k}=${signature(e, depth + 1)}`).join(',')}}`;
    });
    const s = parts.sort().join('|');
    return s.length > 2000 ? `${s.slice(0, 2000)}#${s.length}` : s;
}

;// CONCATENATED MODULE: ./packages/core/src/values/contract-walk.ts
// The walk of a chart's parsed templates that finds the values places they
// read (contract-vals.ts says what a value is). `.` is rebound by `with` and
// `range`, `$` is the invocation's root, variables hold what they were given,
// and a named template (`include`, `template`) is walked with the context it
// is handed, wherever it is defined (the chart's _helpers.tpl, a library
// subchart's). Each (template, context) pair is walked once; the whole walk is
// bounded by MAX_STEPS, past which it stops with a UserError.


/** At most this many steps (operands and nodes visited) for one chart and its subcharts. */
const MAX_STEPS = 1_000_000;
/** Named templates nested deeper than this are not followed: their context is read whole. */
const MAX_CALL_DEPTH = 40;
/** How a number literal is told from a string among a command's literal arguments. */
const NUMBER = '\u0000#';
/** Functions that only look at their arguments (a condition, a comparison, a length): the places are read, not whole. */
const LOOKS = new Set('not eq ne lt le gt ge empty kindIs typeIs kindOf typeOf len hasPrefix hasSuffix contains semverCompare has mustHas fail isAbs regexMatch mustRegexMatch'.split(' '));
/** Functions that give back (some of) their arguments as they are. */
const PASS = new Set('coalesce or and first last mustFirst mustLast compact mustCompact uniq mustUniq merge mergeOverwrite mustMerge mustMergeOverwrite deepCopy mustDeepCopy concat pick omit without mustWithout append mustAppend prepend mustPrepend initial mustInitial rest mustRest reverse mustReverse'.split(' '));
class TemplateWalker {
    steps = 0;
    called = new Set();
    reads;
    defines;
    /** The file being walked, named by an error. */
    where = { file: '' };
    /** True when every chart of the tree was read, so a template none defines is defined nowhere. */
    complete;
    constructor(defines, complete, subcharts) {
        this.defines = defines;
        this.complete = complete;
        this.reads = new Reads(subcharts);
    }
    /** Walks a template's top-level list with `.` and `$` the chart's top object. */
    walkFile(list, chart, file) {
        this.where.file = file;
        const root = [{ k: 'root', chart }];
        this.nodes(list, { dot: root, root, vars: [new Map()], depth: 0 });
    }
    step() {
        if (++this.steps > MAX_STEPS)
            throw new errors/* UserError */.yo(`the chart's templates take more than ${MAX_STEPS} steps to read; lockstep stops there`, {
                file: this.where.file,
                line: 1,
                hint: 'a template this large or this recursive is not read for its values keys',
            });
    }
    nodes(list, s) {
        for (const n of list) {
            this.step();
            if (n.t === 'action') {
                const out = this.pipe(n.pipe, s);
                if (n.pipe.vars.length === 0)
                    this.reads.mark(out, true);
            }
            else if (n.t === 'template') {
                this.call(n.name, n.pipe ? this.pipe(n.pipe, s) : [], s);
            }
            else
                this.block(n, s);
        }
    }
    block(n, s) {
        const inner = (dot) => ({ ...s, dot, vars: [...s.vars, new Map()] });
        if (n.t === 'range') {
            const vars = n.pipe.vars;
            const over = this.pipe({ ...n.pipe, vars: [] }, s);
            this.reads.mark(over, false);
            const each = members(over, this.reads);
            const body = inner(each);
            if (vars.length === 1)
                this.bind(body, vars[0], each);
            if (vars.length === 2) {
                this.bind(body, vars[0], []);
                this.bind(body, vars[1], each);
            }
            this.nodes(n.list, body);
        }
        else {
            const scope = inner(s.dot);
            const value = this.pipe(n.pipe, scope);
            this.reads.mark(value, false);
            this.nodes(n.list, n.t === 'with' ? { ...scope, dot: value } : scope);
        }
        this.nodes(n.otherwise, inner(s.dot));
    }
    bind(s, name, vals) {
        s.vars[s.vars.length - 1].set(name, vals);
    }
    variable(s, name) {
        if (name === '$')
            return s.root;
        for (let i = s.vars.length - 1; i >= 0; i--) {
            const v = s.vars[i].get(name);
            if (v)
                return v;
        }
        return [];
    }
    pipe(p, s) {
        let prev;
        for (const cmd of p.cmds)
            prev = this.command(cmd, s, prev);
        const out = prev ?? [];
        for (const name of p.vars) {
            if (!p.assign)
                this.bind(s, name, out);
            else {
                // `$x = …` changes the variable where it was declared; both what it held and what it holds now are kept.
                const frame = [...s.vars].reverse().find((f) => f.has(name)) ?? s.vars[s.vars.length - 1];
                frame.set(name, this.union([frame.get(name) ?? [], out]));
            }
        }
        return out;
    }
    union(sets) {
        return union(sets, (rest) => this.reads.mark(rest, true));
    }
    operand(o, s) {
        this.step();
        switch (o.o) {
            case 'dot':
                return s.dot;
            case 'field':
                return this.chain(s.dot, o.path);
            case 'var':
                return this.chain(this.variable(s, o.name), o.path);
            case 'pipe':
                return this.chain(this.pipe(o.pipe, { ...s, vars: [...s.vars, new Map()] }), o.path);
            default:
                return [];
        }
    }
    chain(vals, path) {
        let out = vals;
        for (const name of path)
            out = field(out, name, this.reads);
        return out;
    }
    /** One command of a pipeline; `prev` is the previous command's value, its last argument. */
    command(cmd, s, prev) {
        const [head, ...rest] = cmd;
        const args = rest.map((o) => this.operand(o, s));
        if (prev)
            args.push(prev);
        if (head.o !== 'fn') {
            const value = this.operand(head, s);
            if (args.length === 0)
                return value;
            // A method with arguments (`.Files.Get .Values.path`): what it is given is read whole.
            for (const a of args)
                this.reads.mark(a, true);
            return [];
        }
        // A number is a list's index (NUMBER and its digits); a string is the key it names.
        const lits = rest.map((o) => (o.o === 'lit' ? (o.value ?? (o.num !== undefined ? `${NUMBER}${o.num}` : undefined)) : undefined));
        if ((head.name === 'include' || head.name === 'template') && filePath(rest[0])) {
            // `include (print $.Template.BasePath "/configmap.yaml") .`: a template file, walked on its own with the chart's top object.
            if ((args[1] ?? []).some((v) => v.k !== 'root'))
                this.unfollowed(args[1]);
            return [];
        }
        return this.fn(head.name, args, lits, s);
    }
    fn(name, args, lits, s) {
        if (LOOKS.has(name) || name === 'hasKey') {
            if (name === 'hasKey' && args.length === 2) {
                if (lits[1] !== undefined)
                    field(args[0], lits[1], this.reads);
                else
                    this.computed(args[0]);
            }
            for (const a of args)
                this.reads.mark(a, false);
            return [];
        }
        if (PASS.has(name))
            return this.union(args);
        switch (name) {
            case 'include':
            case 'template':
                if (lits[0] !== undefined)
                    this.call(lits[0], args[1] ?? [], s);
                else
                    for (const a of args)
                        this.unfollowed(a);
                return [];
            case 'tpl':
                // The text is read whole; what a text from the values reads is the values' own business (contract.ts reads it).
                this.reads.mark(args[0] ?? [], true);
                return [];
            case 'default':
            case 'ternary':
                if (name === 'ternary')
                    this.reads.mark(args[2] ?? [], false);
                return this.union(name === 'ternary' ? args.slice(0, 2) : args);
            case 'required':
                return args[1] ?? [];
            case 'dict':
                return [this.dict(args, lits)];
            case 'list':
            case 'tuple':
                return [{ k: 'list', items: this.union(args), at: args }];
            case 'set':
                return this.set(args, lits);
            case 'unset':
                return args[0] ?? [];
            case 'get':
            case 'index':
                return this.index(args, lits, name === 'index');
            case 'dig':
                return this.dig(args, lits);
            case 'pluck':
                return this.union(args.slice(1).map((d) => (lits[0] !== undefined ? field(d, lits[0], this.reads) : this.computed(d))));
            case 'keys':
                for (const a of args)
                    this.reads.mark(a, false);
                return [];
            case 'values':
                return members(args[0] ?? [], this.reads);
            default:
                for (const a of args)
                    this.reads.mark(a, true);
                return [];
        }
    }
    /** `$` and `.` of a named template are what it is handed; each (name, context) is walked once. */
    call(name, ctx, s) {
        const bodies = this.defines.get(name);
        if (!bodies) {
            // A template no chart defines fails the render where it runs, so it reads nothing; unless a subchart that
            // could not be read may define it: then what it is handed is read whole, not traced.
            if (!this.complete)
                this.unfollowed(ctx);
            return;
        }
        if (s.depth >= MAX_CALL_DEPTH) {
            this.unfollowed(ctx);
            return;
        }
        const key = `${name}\u0000${signature(ctx)}`;
        if (this.called.has(key))
            return;
        this.called.add(key);
        const file = this.where.file;
        for (const b of bodies) {
            this.where.file = b.file;
            this.nodes(b.list, { dot: ctx, root: ctx, vars: [new Map()], depth: s.depth + 1 });
        }
        this.where.file = file;
    }
    unfollowed(vals) {
        this.reads.mark(vals, true, false);
    }
    /** A key computed at render time: any key below each place, not traced. */
    computed(vals) {
        const out = [];
        for (const v of vals) {
            if (v.k === 'v') {
                const path = [...v.path, COMPUTED];
                this.reads.add(v.chart, path, false);
                out.push({ k: 'v', chart: v.chart, path });
            }
            else if (v.k === 'dict')
                for (const e of v.entries.values())
                    out.push(...e);
            else if (v.k === 'list')
                out.push(...v.items);
        }
        return out;
    }
    dict(args, lits) {
        const entries = new Map();
        for (let i = 0; i + 1 < args.length; i += 2) {
            const key = lits[i] ?? EACH;
            entries.set(key, this.union([entries.get(key) ?? [], args[i + 1]]));
        }
        return { k: 'dict', entries };
    }
    set(args, lits) {
        const [target = [], , value = []] = args;
        for (const t of target)
            if (t.k === 'dict') {
                const key = lits[1] ?? EACH;
                t.entries.set(key, this.union([t.entries.get(key) ?? [], value]));
            }
            else
                this.reads.mark(value, true);
        return target;
    }
    /** `index x "a" "b"` / `get x "a"`: literal keys are fields; any other key is computed. */
    index(args, lits, many) {
        let out = args[0] ?? [];
        for (let i = 1; i < (many ? args.length : Math.min(args.length, 2)); i++) {
            const key = lits[i];
            out = key?.startsWith(NUMBER)
                ? this.item(out, Number(key.slice(NUMBER.length)))
                : key !== undefined
                    ? field(out, key, this.reads)
                    : this.computed(out);
        }
        return out;
    }
    /** Item `n` of a list the template built (`index (list $a $b) 1`); of a list in the values, any member. */
    item(vals, n) {
        return this.union(vals.map((v) => (v.k === 'list' && v.at ? (v.at[n] ?? []) : members([v], this.reads))));
    }
    /** `dig "a" "b" <default> x`: the literals before the default are keys below x. */
    dig(args, lits) {
        if (args.length < 2)
            return [];
        let out = args[args.length - 1];
        for (let i = 0; i < args.length - 2; i++)
            out = lits[i] !== undefined ? field(out, lits[i], this.reads) : this.computed(out);
        return this.union([out, args[args.length - 2]]);
    }
}
/** Whether a template name is built from `.Template.BasePath` (a template file of the chart, by its path). */
function filePath(o) {
    if (o?.o !== 'pipe')
        return false;
    return o.pipe.cmds.some((c) => c.some((x) => (x.o === 'field' || x.o === 'var') && x.path.join('.').endsWith('Template.BasePath')));
}

// EXTERNAL MODULE: ./packages/core/src/values/diff.ts
var diff = __webpack_require__(3769);
;// CONCATENATED MODULE: ./packages/core/src/values/template-lex.ts
// The lexer of Go's text/template as Helm charts write it: text, and the
// `{{ … }}` actions with their trim markers (`{{- `, ` -}}`), comments
// (`{{/* … */}}`), strings ("…", `…`, '…'), numbers, fields (`.a.b`),
// variables (`$x.a`), keywords and punctuation. It does not judge what the
// tokens mean (template-parse.ts does). Work is linear in the text: every
// step moves forward.

/** A template longer than this is refused: no chart template is near it, and the work stays bounded. */
const MAX_TEMPLATE_CHARS = 4 * 1024 * 1024;
const IDENT = /[A-Za-z0-9_]/;
const SPACE = /[ \t\r\n]/;
/** The tokens of one template file; a malformed action is a UserError at `file`:line. */
function lexTemplate(text, file) {
    if (text.length > MAX_TEMPLATE_CHARS)
        throw new errors/* UserError */.yo(`template of ${text.length} characters is longer than the ${MAX_TEMPLATE_CHARS} lockstep reads`, { file, line: 1 });
    const out = [];
    let at = 0;
    let line = 1;
    const advance = (to) => {
        for (let i = at; i < to; i++)
            if (text.charCodeAt(i) === 10)
                line++;
        at = to;
    };
    const fail = (what) => {
        throw new errors/* UserError */.yo(`template does not parse: ${what}`, { file, line, hint: 'helm template would refuse it too; fix the template' });
    };
    while (at < text.length) {
        const open = text.indexOf('{{', at);
        if (open < 0)
            break;
        advance(open);
        let i = open + 2;
        if (text[i] === '-' && SPACE.test(text[i + 1] ?? ''))
            i += 2;
        while (SPACE.test(text[i] ?? ''))
            i++;
        if (text.startsWith('/*', i)) {
            const end = text.indexOf('*/', i + 2);
            if (end < 0)
                fail('a comment is not closed');
            let j = end + 2;
            while (SPACE.test(text[j] ?? ''))
                j++;
            if (text[j] === '-')
                j++;
            if (!text.startsWith('}}', j))
                fail('a comment is not followed by }}');
            advance(j + 2);
            continue;
        }
        out.push({ kind: 'open', value: '{{', line });
        advance(i);
        at = lexAction(text, at, out, (to) => advance(to), () => line, fail);
    }
    return out;
}
/** Lexes one action from `at` (past `{{`) to its `}}`; returns the offset past it. */
function lexAction(text, start, out, advance, line, fail) {
    let i = start;
    const push = (kind, value, end, fields) => {
        out.push({ kind, value, line: line(), ...(fields ? { fields } : {}) });
        advance(end);
        i = end;
    };
    for (;;) {
        while (SPACE.test(text[i] ?? ''))
            i++;
        advance(i);
        const c = text[i];
        if (c === undefined)
            fail('an action is not closed with }}');
        if (c === '-' && text.startsWith('}}', i + 1) && SPACE.test(text[i - 1] ?? '')) {
            push('close', '}}', i + 3);
            return i;
        }
        if (c === '}' && text[i + 1] === '}') {
            push('close', '}}', i + 2);
            return i;
        }
        if (c === '"') {
            const end = quotedEnd(text, i, '"', fail);
            push('string', unquote(text.slice(i, end)), end);
        }
        else if (c === "'")
            push('char', '', quotedEnd(text, i, "'", fail));
        else if (c === '`') {
            const end = text.indexOf('`', i + 1);
            if (end < 0)
                fail('a raw string is not closed');
            push('string', text.slice(i + 1, end), end + 1);
        }
        else if (c === '.' && IDENT.test(text[i + 1] ?? '') && !/[0-9]/.test(text[i + 1])) {
            const end = chainEnd(text, i);
            push('field', text.slice(i + 1, end), end);
        }
        else if (c === '.' && /[0-9]/.test(text[i + 1] ?? ''))
            push('number', text.slice(i, wordEnd(text, i + 1)), wordEnd(text, i + 1));
        else if (c === '.')
            push('dot', '.', i + 1);
        else if (c === '$') {
            const nameEnd = wordEnd(text, i + 1);
            const end = text[nameEnd] === '.' ? chainEnd(text, nameEnd) : nameEnd;
            push('var', text.slice(i, nameEnd), end, end > nameEnd ? text.slice(nameEnd + 1, end).split('.') : undefined);
        }
        else if (c === '(')
            push('lparen', '(', i + 1);
        else if (c === ')') {
            const end = text[i + 1] === '.' && IDENT.test(text[i + 2] ?? '') ? chainEnd(text, i + 1) : i + 1;
            push('rparen', ')', end, end > i + 1 ? text.slice(i + 2, end).split('.') : undefined);
        }
        else if (c === '|')
            push('pipe', '|', i + 1);
        else if (c === ':' && text[i + 1] === '=')
            push('declare', ':=', i + 2);
        else if (c === '=')
            push('assign', '=', i + 1);
        else if (c === ',')
            push('comma', ',', i + 1);
        else if (/[0-9+-]/.test(c))
            push('number', text.slice(i, wordEnd(text, i + 1)), wordEnd(text, i + 1));
        else if (IDENT.test(c)) {
            const end = wordEnd(text, i);
            push('ident', text.slice(i, end), end);
        }
        else
            fail(`unexpected ${JSON.stringify(c)} in an action`);
    }
}
function quotedEnd(text, i, quote, fail) {
    let j = i + 1;
    while (j < text.length) {
        const c = text[j];
        if (c === '\\')
            j += 2;
        else if (c === quote)
            return j + 1;
        else if (c === '\n')
            break;
        else
            j++;
    }
    return fail(`a ${quote === '"' ? 'string' : 'character'} is not closed on its line`);
}
/** Go's escapes a key name may hold, read closely enough: JSON's, else the text between the quotes. */
function unquote(literal) {
    try {
        return JSON.parse(literal);
    }
    catch {
        return literal.slice(1, -1);
    }
}
function wordEnd(text, i) {
    let j = i;
    while (j < text.length && (IDENT.test(text[j]) || (text[j] === '.' && /[0-9]/.test(text[j + 1] ?? ''))))
        j++;
    return j;
}
/** The end of a field chain `.a.b.c` starting at the dot `i`. */
function chainEnd(text, i) {
    let j = i;
    while (text[j] === '.' && IDENT.test(text[j + 1] ?? ''))
        j = wordEnd(text, j + 1);
    return j;
}

;// CONCATENATED MODULE: ./packages/core/src/values/template-parse.ts
// Go templates parsed into the tree the values contract walks: actions and
// their pipelines, if/with/range blocks with their else branches (`else if`,
// `else with` chained as Go chains them), define/block/template. Malformed
// input (an unclosed block, an `end` with nothing open, nesting deeper than
// MAX_NESTING) is one UserError at the template's file:line.


/** Blocks and parentheses nested deeper than this are refused: no chart needs it, and the walk stays bounded. */
const MAX_NESTING = 100;
/** Parses one template file (`file` names it in errors). */
function parseTemplate(text, file) {
    const p = new Parser(lexTemplate(text, file), file);
    const list = p.list(0, []);
    return { file, list, defines: p.defines };
}
class Parser {
    at = 0;
    defines = [];
    tokens;
    file;
    constructor(tokens, file) {
        this.tokens = tokens;
        this.file = file;
    }
    fail(what, token) {
        const line = (token ?? this.tokens[Math.min(this.at, this.tokens.length - 1)])?.line ?? 1;
        throw new errors/* UserError */.yo(`template does not parse: ${what}`, {
            file: this.file,
            line,
            hint: 'helm template would refuse it too; fix the template',
        });
    }
    peek(k = 0) {
        return this.tokens[this.at + k];
    }
    next() {
        const t = this.tokens[this.at++];
        if (!t)
            this.fail('the template ends inside an action');
        return t;
    }
    expect(kind, what) {
        const t = this.next();
        if (t.kind !== kind)
            this.fail(`expected ${what}, found ${t.value || t.kind}`, t);
        return t;
    }
    /** Nodes up to the end of the text, or up to `{{ end }}`/`{{ else` when `stops` names them (left unconsumed past `{{`). */
    list(depth, stops) {
        if (depth > MAX_NESTING)
            this.fail(`blocks nested deeper than ${MAX_NESTING}`);
        const out = [];
        for (;;) {
            const open = this.peek();
            if (!open) {
                if (stops.length > 0)
                    this.fail('a block is not closed with {{ end }}');
                return out;
            }
            const word = this.peek(1);
            const kw = word?.kind === 'ident' ? word.value : '';
            if (kw === 'end' || kw === 'else') {
                if (!stops.includes(kw))
                    this.fail(`{{ ${kw} }} with no block open`, word);
                return out;
            }
            this.expect('open', '{{');
            const node = this.node(kw, depth);
            if (node)
                out.push(node);
        }
    }
    node(kw, depth) {
        if (kw === 'if' || kw === 'with' || kw === 'range') {
            this.next();
            return this.control(kw, depth);
        }
        if (kw === 'define' || kw === 'block') {
            const at = this.next();
            const name = this.expect('string', 'a template name').value;
            const pipe = kw === 'block' ? this.pipe(depth, 'close') : undefined;
            this.expect('close', '}}');
            const list = this.list(depth + 1, ['end']);
            this.endOf(kw);
            this.defines.push({ name, list });
            return kw === 'block' ? { t: 'template', name, pipe, line: at.line } : undefined;
        }
        if (kw === 'template') {
            const at = this.next();
            const name = this.expect('string', 'a template name').value;
            const pipe = this.peek()?.kind === 'close' ? undefined : this.pipe(depth, 'close');
            this.expect('close', '}}');
            return { t: 'template', name, pipe, line: at.line };
        }
        if (kw === 'break' || kw === 'continue') {
            this.next();
            this.expect('close', '}}');
            return undefined;
        }
        const pipe = this.pipe(depth, 'close');
        this.expect('close', '}}');
        return { t: 'action', pipe };
    }
    /** After `{{ if|with|range`: its pipeline, its list, and its else branch (an `else if`/`else with` is a block of its own). */
    control(t, depth) {
        const pipe = this.pipe(depth, 'close');
        this.expect('close', '}}');
        const list = this.list(depth + 1, ['end', 'else']);
        let otherwise = [];
        this.expect('open', '{{');
        if (this.next().value === 'else') {
            const chained = this.peek();
            if (chained?.kind === 'ident' && (chained.value === 'if' || chained.value === 'with') && t !== 'range') {
                this.next();
                // `{{ else if … }}` … `{{ end }}`: the chained block takes the one `end`.
                return { t, pipe, list, otherwise: [this.control(chained.value, depth + 1)] };
            }
            this.expect('close', '}}');
            otherwise = this.list(depth + 1, ['end']);
            this.endOf(t);
        }
        else
            this.expect('close', '}}');
        return { t, pipe, list, otherwise };
    }
    endOf(what) {
        this.expect('open', '{{');
        const t = this.next();
        if (t.value !== 'end')
            this.fail(`expected {{ end }} of ${what}`, t);
        this.expect('close', '}}');
    }
    /** A pipeline up to (not past) a token of kind `until` (`close`, or `rparen` inside parentheses). */
    pipe(depth, until) {
        if (depth > MAX_NESTING)
            this.fail(`parentheses nested deeper than ${MAX_NESTING}`);
        const line = this.peek()?.line ?? 1;
        const vars = [];
        let assign = false;
        // `$x :=`, `$i, $v :=`, `$x =`
        let k = 0;
        while (this.peek(k)?.kind === 'var' && !this.peek(k)?.fields) {
            const after = this.peek(k + 1)?.kind;
            if (after === 'comma')
                k += 2;
            else if (after === 'declare' || after === 'assign') {
                for (let j = 0; j <= k; j += 2)
                    vars.push(this.peek(j).value);
                assign = after === 'assign';
                this.at += k + 2;
                break;
            }
            else
                break;
        }
        const cmds = [[]];
        for (;;) {
            const t = this.peek();
            if (!t)
                this.fail('the template ends inside an action');
            if (t.kind === until)
                break;
            this.next();
            if (t.kind === 'pipe') {
                cmds.push([]);
                continue;
            }
            cmds[cmds.length - 1].push(this.operand(t, depth));
        }
        if (cmds.some((c) => c.length === 0) && !(cmds.length === 1 && vars.length === 0 && until === 'close'))
            this.fail('an empty command in a pipeline');
        return { vars, assign, cmds: cmds.filter((c) => c.length > 0), line };
    }
    operand(t, depth) {
        switch (t.kind) {
            case 'string':
                return { o: 'lit', value: t.value };
            case 'number':
                return { o: 'lit', num: t.value };
            case 'char':
                return { o: 'lit' };
            case 'field':
                return { o: 'field', path: t.value.split('.') };
            case 'dot':
                return { o: 'dot' };
            case 'var':
                return { o: 'var', name: t.value, path: t.fields ?? [] };
            case 'ident':
                return ['true', 'false', 'nil'].includes(t.value) ? { o: 'lit' } : { o: 'fn', name: t.value };
            case 'lparen': {
                const pipe = this.pipe(depth + 1, 'rparen');
                const close = this.next();
                return { o: 'pipe', pipe, path: close.fields ?? [] };
            }
            default:
                return this.fail(`unexpected ${t.value || t.kind}`, t);
        }
    }
}

;// CONCATENATED MODULE: ./packages/core/src/values/contract-index.ts
// The values places a chart and its subcharts read, in the coordinates of the
// environment's values (the top chart's): a subchart under `<name or
// alias>:` reads the parent's `<key>.x` as its `.Values.x`, and `global.x`
// wherever it reads it reads the top's `global.x` (Helm hands `global` down to
// every subchart). A subchart lockstep could not read (a remote one not
// vendored) may read anything under its key and `global`: read whole, not
// traced. Named templates are one namespace over the whole tree, as Helm
// loads them.






const node = () => ({ here: 0, whole: 0, below: 0, next: new Map() });
const best = (a, b) => (a > b ? a : b);
/** Reads every template of `top` and its subcharts; a template that does not parse is a UserError at its file:line. */
function contractIndex(top, extraTexts = []) {
    const placed = [];
    const root = node();
    const add = (path, whole, here) => insert(root, path, whole, here);
    const subcharts = new Map();
    const visit = (chart, prefix) => {
        const at = placed.length;
        placed.push({ chart, prefix });
        for (const r of chart.reads ?? [])
            add([...prefix, ...r], 0, 2);
        for (const d of chart.dependencies) {
            if (d.chart) {
                subcharts.set(at, (subcharts.get(at) ?? new Map()).set(d.key, placed.length));
                visit(d.chart, [...prefix, d.key]);
            }
            else {
                add([...prefix, d.key], 1, 1);
                add(['global'], 1, 1);
            }
        }
    };
    visit(top, []);
    const parsed = placed.map((p) => (p.chart.templateFiles ?? []).map((f) => ({ path: f.path, tpl: parseTemplate(f.text, f.path) })));
    const defines = new Map();
    for (const files of parsed)
        for (const f of files)
            for (const d of f.tpl.defines) {
                const list = defines.get(d.name) ?? [];
                list.push({ list: d.list, file: f.path });
                defines.set(d.name, list);
            }
    const complete = placed.every((p) => p.chart.dependencies.every((d) => d.chart));
    const walker = new TemplateWalker(defines, complete, subcharts);
    parsed.forEach((files, chart) => {
        for (const f of files)
            if (!basename(f.path).startsWith('_'))
                walker.walkFile(f.tpl.list, chart, f.path);
        // A string of the values may be handed to `tpl`: what its actions read is read.
        for (const text of valuesTemplates(placed[chart].chart.values))
            walkText(walker, text, chart);
    });
    for (const text of extraTexts)
        walkText(walker, text, 0);
    for (const [chart, reads] of walker.reads.byChart) {
        const prefix = placed[chart].prefix;
        for (const r of reads.values()) {
            // A place below a computed key is not traced, however it was reached.
            const cap = (x) => (r.path.includes(COMPUTED) && x > 1 ? 1 : x);
            add([...prefix, ...r.path], cap(r.whole), cap(r.here));
            if (r.path[0] === 'global')
                for (let i = 0; i < prefix.length; i++)
                    add([...prefix.slice(0, i), ...r.path], cap(r.whole), cap(r.here));
        }
    }
    settle(root);
    return { root, named: namedPlaces(root) };
}
/** The strings of a values text that hold a template action (`{{`), which a chart may hand to `tpl`. */
function valuesTemplates(text) {
    if (text === undefined || !text.includes('{{'))
        return [];
    let doc;
    try {
        doc = (0,diff/* lenientYaml */.by)(text);
    }
    catch {
        // A text the parser cannot take (nested past its stack) holds no string lockstep reads: judging it says why.
        return [];
    }
    const out = [];
    const walk = (n, depth) => {
        if (depth > 64 || out.length > 1000)
            return;
        if ((0,dist/* isScalar */.jn)(n) && typeof n.value === 'string' && n.value.includes('{{'))
            out.push(n.value);
        else if ((0,dist/* isMap */.jh)(n))
            for (const p of n.items)
                walk(p.value, depth + 1);
        else if ((0,dist/* isSeq */.oP)(n))
            for (const i of n.items)
                walk(i, depth + 1);
    };
    walk(doc?.doc.contents, 0);
    return out;
}
function walkText(walker, text, chart) {
    let tpl;
    try {
        tpl = parseTemplate(text, 'values');
    }
    catch (e) {
        // A string that is not a template is a string: Helm's tpl would refuse it, and it reads nothing.
        if (e instanceof errors/* UserError */.yo)
            return;
        throw e;
    }
    walker.walkFile(tpl.list, chart, 'values');
}
function insert(root, path, whole, reading) {
    let n = root;
    for (const seg of path) {
        let next = n.next.get(seg);
        if (!next)
            n.next.set(seg, (next = node()));
        n = next;
    }
    n.here = best(n.here, reading);
    n.whole = best(n.whole, whole);
}
/** Fills in `below`, depth first, without recursion (a values path may be long). */
function settle(root) {
    const order = [];
    const stack = [root];
    while (stack.length > 0) {
        const n = stack.pop();
        order.push(n);
        for (const c of n.next.values())
            stack.push(c);
    }
    for (let i = order.length - 1; i >= 0; i--) {
        const n = order[i];
        let b = best(n.here, n.whole);
        for (const c of n.next.values())
            b = best(b, c.below);
        n.below = b;
    }
}
/** Dotted paths of the read places that name every key (no `*` or `?`), at most 20,000. */
function namedPlaces(root) {
    const out = [];
    const stack = [[root, []]];
    while (stack.length > 0 && out.length < 20_000) {
        const [n, path] = stack.pop();
        if (path.length > 0 && n.here > 0)
            out.push(path.join('.'));
        for (const [seg, c] of n.next)
            if (seg !== '*' && seg !== COMPUTED)
                stack.push([c, [...path, seg]]);
    }
    return out.sort();
}
function basename(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}


/***/ }),

/***/ 4828:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rl: () => (/* binding */ judgeSource)
/* harmony export */ });
/* unused harmony exports MAX_UNREAD, valuesContract, judgeValues, readingOf, collectLeaves */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7638);
/* harmony import */ var _yaml_read_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4293);
/* harmony import */ var _contract_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4000);
/* harmony import */ var _helm_set_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7223);
// The values contract: every key a values file sets is a key the chart reads.
// A key set with one value (a scalar, a list, an empty map) is read when a
// template reads it, a place above it whole (`toYaml .Values.x`), or a place
// below it (a key set `a: {}` that a template reads `a.b` of). Each key no
// template reads is named at its line with the nearest place the chart does
// read. Keys read only through a name computed at render time are counted as
// read and not traced.





/** At most this many unread keys are named for one file (all are counted in `checked`). */
const MAX_UNREAD = 200;
/** At most this many keys are judged in one file; past it the file is refused as too large to judge (a UserError). */
const MAX_KEYS = 100_000;
/** At most this many trie steps for one key: past it the key counts as read and not traced. */
const MAX_KEY_STEPS = 10_000;
/**
 * The values file `file` (its `text`) judged against `chart` and its subcharts: the chart's
 * templates read, and the file's own strings that hold template actions (a chart may `tpl` them).
 * A template or values file that does not parse is a UserError at its file:line.
 */
function valuesContract(chart, text, file) {
    return judgeValues(contractIndex(chart, valuesTemplates(text)), text, file);
}
/** Judges the keys `text` (the values file `file`) sets against the chart's reads. Invalid YAML is a UserError at its line. */
function judgeValues(index, text, file) {
    return judgeSource(index, { file, text });
}
/**
 * Judges the keys a values source sets (a values file, or inline values inside an Application or a HelmRelease: a
 * document's node, or a string whose lines start at a line of the file) against the chart's reads.
 */
function judgeSource(index, src) {
    const { file, text } = src;
    if (src.set)
        return judgeLeaves(index, src, [{ path: (0,_helm_set_js__WEBPACK_IMPORTED_MODULE_4__/* .setKeys */ .nE)(src.set), line: src.line ?? 1 }]);
    const inside = src.document !== undefined || src.at !== undefined;
    const parsed = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .parseYaml */ .hN)(text, file, inside ? { allowMulti: true } : {});
    let root = (parsed.documents?.[src.document ?? 0] ?? parsed.doc).contents;
    for (const k of src.at ?? [])
        root = nodeBelow(root, k);
    const lineOf = (n) => {
        const line = parsed.lineOf(n);
        return src.line ?? (line === undefined ? undefined : line + (src.firstLine ?? 1) - 1);
    };
    const leaves = [];
    collectLeaves(root ?? null, [], (path, line) => leaves.push({ path, line: line ?? 1 }), lineOf);
    return judgeLeaves(index, src, leaves);
}
/** The keys `leaves` (of the source `src`) judged against the chart's reads. */
function judgeLeaves(index, src, leaves) {
    const { file } = src;
    const report = { file, checked: 0, unread: [], notTraced: 0, ...(src.label ? { label: src.label } : {}) };
    if (leaves.length > MAX_KEYS)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`the values file sets ${leaves.length} keys, more than the ${MAX_KEYS} lockstep judges in one file`, {
            file,
            line: 1,
            hint: 'split the values into several files',
        });
    let suggest;
    for (const leaf of leaves) {
        report.checked++;
        const steps = { left: MAX_KEY_STEPS };
        const r = judge(index.root, leaf.path, 0, steps);
        if (r === 1 || (r === 0 && steps.left <= 0))
            report.notTraced++;
        else if (r === 0 && report.unread.length < MAX_UNREAD) {
            const key = leaf.path.join('.');
            const suggestion = (suggest ??= suggester(index.named))(leaf.path);
            report.unread.push({ file, line: leaf.line, key, ...(suggestion ? { suggestion } : {}) });
        }
    }
    return report;
}
/** How the chart reads the key at `path`: 0 not read, 1 read only untraced (or past the step bound), 2 read. */
function readingOf(index, path) {
    const steps = { left: MAX_KEY_STEPS };
    const r = judge(index.root, path, 0, steps);
    return r === 0 && steps.left <= 0 ? 1 : r;
}
/** The node below `n` at a key (a number indexes a list). */
function nodeBelow(n, k) {
    if (typeof k === 'number')
        return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(n) ? n.items[k] : undefined;
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(n) ? n.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && String(p.key.value) === k)?.value : undefined;
}
/** Every key set with one value, by its path and the line of its key; `<<` merges are left out (their keys are the anchor's). */
function collectLeaves(root, start, out, lineOf) {
    const stack = [[root, start]];
    while (stack.length > 0) {
        const [n, path] = stack.pop();
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(n))
            continue;
        const items = n.items;
        for (let i = items.length - 1; i >= 0; i--) {
            const p = items[i];
            const key = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) ? String(p.key.value) : undefined;
            if (key === undefined || key === '<<')
                continue;
            const value = p.value;
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(value) && value.items.length > 0)
                stack.push([value, [...path, key]]);
            else
                out([...path, key], lineOf(p.key));
        }
    }
}
/** How the key `path` is read below `n` (from segment `i`): any key matches a `*` or `?` place; a `?` is not traced. */
function judge(n, path, i, steps) {
    if (--steps.left <= 0)
        return 0;
    let r = n.whole;
    if (i === path.length)
        return n.below > r ? n.below : r;
    const tries = [
        [n.next.get(path[i]), true],
        [n.next.get('*'), true],
        [n.next.get('?'), false],
    ];
    for (const [c, traced] of tries) {
        if (!c || r === 2)
            continue;
        let got = judge(c, path, i + 1, steps);
        if (!traced && got === 2)
            got = 1;
        if (got > r)
            r = got;
    }
    return r;
}
/** The nearest read place to an unread key: a typo (a small edit distance), else the same last keys nested elsewhere. */
function suggester(named) {
    const byLast = new Map();
    const byLength = new Map();
    for (const p of named) {
        const last = p.slice(p.lastIndexOf('.') + 1);
        let list = byLast.get(last);
        if (!list)
            byLast.set(last, (list = []));
        list.push(p);
        let same = byLength.get(p.length);
        if (!same)
            byLength.set(p.length, (same = []));
        same.push(p);
    }
    return (path) => {
        const key = path.join('.');
        // A short key is near every other short key: at most one edit in three characters.
        const limit = Math.min(Math.max(2, Math.floor(key.length / 10)), 4, Math.floor(key.length / 3));
        let found;
        let dist = limit + 1;
        for (let length = key.length - limit; length <= key.length + limit; length++)
            for (const p of byLength.get(length) ?? []) {
                if (Math.abs(p.length - key.length) >= dist)
                    continue;
                const d = distance(key, p, dist);
                if (d < dist && d > 0)
                    [found, dist] = [p, d];
            }
        if (found)
            return found;
        // Mis-nested: a place ending with the same keys (the most of them shared, then the nearest).
        const last = path[path.length - 1];
        let bestShared = 0;
        dist = Infinity;
        for (const p of byLast.get(last) ?? []) {
            const segs = p.split('.');
            let shared = 0;
            while (shared < segs.length && shared < path.length && segs[segs.length - 1 - shared] === path[path.length - 1 - shared])
                shared++;
            const need = Math.min(2, path.length, segs.length);
            if (shared < need || shared < bestShared || p === key)
                continue;
            const d = distance(key, p, shared > bestShared ? Infinity : dist);
            if (shared > bestShared || (shared === bestShared && d < dist))
                [found, bestShared, dist] = [p, shared, d];
        }
        return found;
    };
}
/** Levenshtein distance of a and b, stopping early once every cell of a row reaches `cap`. */
function distance(a, b, cap) {
    let prev = new Uint32Array(b.length + 1).map((_, j) => j);
    let row = new Uint32Array(b.length + 1);
    for (let i = 1; i <= a.length; i++) {
        row[0] = i;
        let min = i;
        for (let j = 1; j <= b.length; j++) {
            const v = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
            row[j] = v;
            if (v < min)
                min = v;
        }
        if (min >= cap)
            return cap;
        [prev, row] = [row, prev];
    }
    return prev[b.length];
}


/***/ })

};

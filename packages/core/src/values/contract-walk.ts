// The walk of a chart's parsed templates that finds the values places they
// read (contract-vals.ts says what a value is). `.` is rebound by `with` and
// `range`, `$` is the invocation's root, variables hold what they were given,
// and a named template (`include`, `template`) is walked with the context it
// is handed, wherever it is defined (the chart's _helpers.tpl, a library
// subchart's). Each (template, context) pair is walked once; the whole walk is
// bounded by MAX_STEPS, past which it stops with a UserError.

import { UserError } from '../errors.ts';
import { COMPUTED, EACH, field, members, Reads, signature, union, type Val, type Vals } from './contract-vals.ts';
import type { Operand, Pipe, TemplateNode } from './template-parse.ts';

/** At most this many steps (operands and nodes visited) for one chart and its subcharts. */
export const MAX_STEPS = 1_000_000;
/** Named templates nested deeper than this are not followed: their context is read whole. */
const MAX_CALL_DEPTH = 40;

/** How a number literal is told from a string among a command's literal arguments. */
const NUMBER = '\u0000#';

/** Functions that only look at their arguments (a condition, a comparison, a length): the places are read, not whole. */
const LOOKS = new Set(
  'not eq ne lt le gt ge empty kindIs typeIs kindOf typeOf len hasPrefix hasSuffix contains semverCompare has mustHas fail isAbs regexMatch mustRegexMatch'.split(
    ' ',
  ),
);
/** Functions that give back (some of) their arguments as they are. */
const PASS = new Set(
  'coalesce or and first last mustFirst mustLast compact mustCompact uniq mustUniq merge mergeOverwrite mustMerge mustMergeOverwrite deepCopy mustDeepCopy concat pick omit without mustWithout append mustAppend prepend mustPrepend initial mustInitial rest mustRest reverse mustReverse'.split(
    ' ',
  ),
);

interface Scope {
  dot: Vals;
  root: Vals;
  vars: Map<string, Vals>[];
  depth: number;
}

export class TemplateWalker {
  private steps = 0;
  private readonly called = new Set<string>();
  readonly reads: Reads;

  private readonly defines: ReadonlyMap<string, readonly { list: TemplateNode[]; file: string }[]>;
  /** The file being walked, named by an error. */
  private readonly where = { file: '' };

  /** True when every chart of the tree was read, so a template none defines is defined nowhere. */
  private readonly complete: boolean;

  constructor(
    defines: ReadonlyMap<string, readonly { list: TemplateNode[]; file: string }[]>,
    complete: boolean,
    subcharts?: ReadonlyMap<number, ReadonlyMap<string, number>>,
  ) {
    this.defines = defines;
    this.complete = complete;
    this.reads = new Reads(subcharts);
  }

  /** Walks a template's top-level list with `.` and `$` the chart's top object. */
  walkFile(list: TemplateNode[], chart: number, file: string): void {
    this.where.file = file;
    const root: Vals = [{ k: 'root', chart }];
    this.nodes(list, { dot: root, root, vars: [new Map<string, Vals>()], depth: 0 });
  }

  private step(): void {
    if (++this.steps > MAX_STEPS)
      throw new UserError(`the chart's templates take more than ${MAX_STEPS} steps to read; lockstep stops there`, {
        file: this.where.file,
        line: 1,
        hint: 'a template this large or this recursive is not read for its values keys',
      });
  }

  private nodes(list: readonly TemplateNode[], s: Scope): void {
    for (const n of list) {
      this.step();
      if (n.t === 'action') {
        const out = this.pipe(n.pipe, s);
        if (n.pipe.vars.length === 0) this.reads.mark(out, true);
      } else if (n.t === 'template') {
        this.call(n.name, n.pipe ? this.pipe(n.pipe, s) : [], s);
      } else this.block(n, s);
    }
  }

  private block(n: Extract<TemplateNode, { t: 'if' | 'with' | 'range' }>, s: Scope): void {
    const inner = (dot: Vals): Scope => ({ ...s, dot, vars: [...s.vars, new Map<string, Vals>()] });
    if (n.t === 'range') {
      const vars = n.pipe.vars;
      const over = this.pipe({ ...n.pipe, vars: [] }, s);
      this.reads.mark(over, false);
      const each = members(over, this.reads);
      const body = inner(each);
      if (vars.length === 1) this.bind(body, vars[0], each);
      if (vars.length === 2) {
        this.bind(body, vars[0], []);
        this.bind(body, vars[1], each);
      }
      this.nodes(n.list, body);
    } else {
      const scope = inner(s.dot);
      const value = this.pipe(n.pipe, scope);
      this.reads.mark(value, false);
      this.nodes(n.list, n.t === 'with' ? { ...scope, dot: value } : scope);
    }
    this.nodes(n.otherwise, inner(s.dot));
  }

  private bind(s: Scope, name: string, vals: Vals): void {
    s.vars[s.vars.length - 1].set(name, vals);
  }

  private variable(s: Scope, name: string): Vals {
    if (name === '$') return s.root;
    for (let i = s.vars.length - 1; i >= 0; i--) {
      const v = s.vars[i].get(name);
      if (v) return v;
    }
    return [];
  }

  private pipe(p: Pipe, s: Scope): Vals {
    let prev: Vals | undefined;
    for (const cmd of p.cmds) prev = this.command(cmd, s, prev);
    const out = prev ?? [];
    for (const name of p.vars) {
      if (!p.assign) this.bind(s, name, out);
      else {
        // `$x = …` changes the variable where it was declared; both what it held and what it holds now are kept.
        const frame = [...s.vars].reverse().find((f) => f.has(name)) ?? s.vars[s.vars.length - 1];
        frame.set(name, this.union([frame.get(name) ?? [], out]));
      }
    }
    return out;
  }

  private union(sets: readonly Vals[]): Vals {
    return union(sets, (rest) => this.reads.mark(rest, true));
  }

  private operand(o: Operand, s: Scope): Vals {
    this.step();
    switch (o.o) {
      case 'dot':
        return s.dot;
      case 'field':
        return this.chain(s.dot, o.path);
      case 'var':
        return this.chain(this.variable(s, o.name), o.path);
      case 'pipe':
        return this.chain(this.pipe(o.pipe, { ...s, vars: [...s.vars, new Map<string, Vals>()] }), o.path);
      default:
        return [];
    }
  }

  private chain(vals: Vals, path: readonly string[]): Vals {
    let out = vals;
    for (const name of path) out = field(out, name, this.reads);
    return out;
  }

  /** One command of a pipeline; `prev` is the previous command's value, its last argument. */
  private command(cmd: readonly Operand[], s: Scope, prev: Vals | undefined): Vals {
    const [head, ...rest] = cmd;
    const args = rest.map((o) => this.operand(o, s));
    if (prev) args.push(prev);
    if (head.o !== 'fn') {
      const value = this.operand(head, s);
      if (args.length === 0) return value;
      // A method with arguments (`.Files.Get .Values.path`): what it is given is read whole.
      for (const a of args) this.reads.mark(a, true);
      return [];
    }
    // A number is a list's index (NUMBER and its digits); a string is the key it names.
    const lits = rest.map((o) => (o.o === 'lit' ? (o.value ?? (o.num !== undefined ? `${NUMBER}${o.num}` : undefined)) : undefined));
    if ((head.name === 'include' || head.name === 'template') && filePath(rest[0])) {
      // `include (print $.Template.BasePath "/configmap.yaml") .`: a template file, walked on its own with the chart's top object.
      if ((args[1] ?? []).some((v) => v.k !== 'root')) this.unfollowed(args[1]);
      return [];
    }
    return this.fn(head.name, args, lits, s);
  }

  private fn(name: string, args: Vals[], lits: (string | undefined)[], s: Scope): Vals {
    if (LOOKS.has(name) || name === 'hasKey') {
      if (name === 'hasKey' && args.length === 2) {
        if (lits[1] !== undefined) field(args[0], lits[1], this.reads);
        else this.computed(args[0]);
      }
      for (const a of args) this.reads.mark(a, false);
      return [];
    }
    if (PASS.has(name)) return this.union(args);
    switch (name) {
      case 'include':
      case 'template':
        if (lits[0] !== undefined) this.call(lits[0], args[1] ?? [], s);
        else for (const a of args) this.unfollowed(a);
        return [];
      case 'tpl':
        // The text is read whole; what a text from the values reads is the values' own business (contract.ts reads it).
        this.reads.mark(args[0] ?? [], true);
        return [];
      case 'default':
      case 'ternary':
        if (name === 'ternary') this.reads.mark(args[2] ?? [], false);
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
        for (const a of args) this.reads.mark(a, false);
        return [];
      case 'values':
        return members(args[0] ?? [], this.reads);
      default:
        for (const a of args) this.reads.mark(a, true);
        return [];
    }
  }

  /** `$` and `.` of a named template are what it is handed; each (name, context) is walked once. */
  private call(name: string, ctx: Vals, s: Scope): void {
    const bodies = this.defines.get(name);
    if (!bodies) {
      // A template no chart defines fails the render where it runs, so it reads nothing; unless a subchart that
      // could not be read may define it: then what it is handed is read whole, not traced.
      if (!this.complete) this.unfollowed(ctx);
      return;
    }
    if (s.depth >= MAX_CALL_DEPTH) {
      this.unfollowed(ctx);
      return;
    }
    const key = `${name}\u0000${signature(ctx)}`;
    if (this.called.has(key)) return;
    this.called.add(key);
    const file = this.where.file;
    for (const b of bodies) {
      this.where.file = b.file;
      this.nodes(b.list, { dot: ctx, root: ctx, vars: [new Map<string, Vals>()], depth: s.depth + 1 });
    }
    this.where.file = file;
  }

  private unfollowed(vals: Vals): void {
    this.reads.mark(vals, true, false);
  }

  /** A key computed at render time: any key below each place, not traced. */
  private computed(vals: Vals): Vals {
    const out: Val[] = [];
    for (const v of vals) {
      if (v.k === 'v') {
        const path = [...v.path, COMPUTED];
        this.reads.add(v.chart, path, false);
        out.push({ k: 'v', chart: v.chart, path });
      } else if (v.k === 'dict') for (const e of v.entries.values()) out.push(...e);
      else if (v.k === 'list') out.push(...v.items);
    }
    return out;
  }

  private dict(args: Vals[], lits: (string | undefined)[]): Val {
    const entries = new Map<string, Vals>();
    for (let i = 0; i + 1 < args.length; i += 2) {
      const key = lits[i] ?? EACH;
      entries.set(key, this.union([entries.get(key) ?? [], args[i + 1]]));
    }
    return { k: 'dict', entries };
  }

  private set(args: Vals[], lits: (string | undefined)[]): Vals {
    const [target = [], , value = []] = args;
    for (const t of target)
      if (t.k === 'dict') {
        const key = lits[1] ?? EACH;
        t.entries.set(key, this.union([t.entries.get(key) ?? [], value]));
      } else this.reads.mark(value, true);
    return target;
  }

  /** `index x "a" "b"` / `get x "a"`: literal keys are fields; any other key is computed. */
  private index(args: Vals[], lits: (string | undefined)[], many: boolean): Vals {
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
  private item(vals: Vals, n: number): Vals {
    return this.union(vals.map((v) => (v.k === 'list' && v.at ? (v.at[n] ?? []) : members([v], this.reads))));
  }

  /** `dig "a" "b" <default> x`: the literals before the default are keys below x. */
  private dig(args: Vals[], lits: (string | undefined)[]): Vals {
    if (args.length < 2) return [];
    let out = args[args.length - 1];
    for (let i = 0; i < args.length - 2; i++) out = lits[i] !== undefined ? field(out, lits[i]!, this.reads) : this.computed(out);
    return this.union([out, args[args.length - 2]]);
  }
}

/** Whether a template name is built from `.Template.BasePath` (a template file of the chart, by its path). */
function filePath(o: Operand | undefined): boolean {
  if (o?.o !== 'pipe') return false;
  return o.pipe.cmds.some((c) => c.some((x) => (x.o === 'field' || x.o === 'var') && x.path.join('.').endsWith('Template.BasePath')));
}

// Go templates parsed into the tree the values contract walks: actions and
// their pipelines, if/with/range blocks with their else branches (`else if`,
// `else with` chained as Go chains them), define/block/template. Malformed
// input (an unclosed block, an `end` with nothing open, nesting deeper than
// MAX_NESTING) is one UserError at the template's file:line.

import { UserError } from '../errors.ts';
import { lexTemplate, type Token } from './template-lex.ts';

export type Operand =
  | { o: 'field'; path: string[] }
  | { o: 'dot' }
  | { o: 'var'; name: string; path: string[] }
  | { o: 'lit'; value?: string; num?: string }
  | { o: 'fn'; name: string }
  | { o: 'pipe'; pipe: Pipe; path: string[] };

export interface Pipe {
  /** Variables the pipeline declares (`:=`) or assigns (`=`), in order. */
  vars: string[];
  assign: boolean;
  cmds: Operand[][];
  line: number;
}

export type TemplateNode =
  | { t: 'action'; pipe: Pipe }
  | { t: 'if' | 'with' | 'range'; pipe: Pipe; list: TemplateNode[]; otherwise: TemplateNode[] }
  | { t: 'template'; name: string; pipe?: Pipe; line: number };

export interface ParsedTemplate {
  file: string;
  list: TemplateNode[];
  defines: { name: string; list: TemplateNode[] }[];
}

/** Blocks and parentheses nested deeper than this are refused: no chart needs it, and the walk stays bounded. */
export const MAX_NESTING = 100;

/** Parses one template file (`file` names it in errors). */
export function parseTemplate(text: string, file: string): ParsedTemplate {
  const p = new Parser(lexTemplate(text, file), file);
  const list = p.list(0, []);
  return { file, list, defines: p.defines };
}

class Parser {
  private at = 0;
  readonly defines: ParsedTemplate['defines'] = [];
  private readonly tokens: Token[];
  private readonly file: string;
  constructor(tokens: Token[], file: string) {
    this.tokens = tokens;
    this.file = file;
  }

  private fail(what: string, token?: Token): never {
    const line = (token ?? this.tokens[Math.min(this.at, this.tokens.length - 1)])?.line ?? 1;
    throw new UserError(`template does not parse: ${what}`, {
      file: this.file,
      line,
      hint: 'helm template would refuse it too; fix the template',
    });
  }

  private peek(k = 0): Token | undefined {
    return this.tokens[this.at + k];
  }

  private next(): Token {
    const t = this.tokens[this.at++];
    if (!t) this.fail('the template ends inside an action');
    return t;
  }

  private expect(kind: Token['kind'], what: string): Token {
    const t = this.next();
    if (t.kind !== kind) this.fail(`expected ${what}, found ${t.value || t.kind}`, t);
    return t;
  }

  /** Nodes up to the end of the text, or up to `{{ end }}`/`{{ else` when `stops` names them (left unconsumed past `{{`). */
  list(depth: number, stops: string[]): TemplateNode[] {
    if (depth > MAX_NESTING) this.fail(`blocks nested deeper than ${MAX_NESTING}`);
    const out: TemplateNode[] = [];
    for (;;) {
      const open = this.peek();
      if (!open) {
        if (stops.length > 0) this.fail('a block is not closed with {{ end }}');
        return out;
      }
      const word = this.peek(1);
      const kw = word?.kind === 'ident' ? word.value : '';
      if (kw === 'end' || kw === 'else') {
        if (!stops.includes(kw)) this.fail(`{{ ${kw} }} with no block open`, word);
        return out;
      }
      this.expect('open', '{{');
      const node = this.node(kw, depth);
      if (node) out.push(node);
    }
  }

  private node(kw: string, depth: number): TemplateNode | undefined {
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
  private control(t: 'if' | 'with' | 'range', depth: number): TemplateNode {
    const pipe = this.pipe(depth, 'close');
    this.expect('close', '}}');
    const list = this.list(depth + 1, ['end', 'else']);
    let otherwise: TemplateNode[] = [];
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
    } else this.expect('close', '}}');
    return { t, pipe, list, otherwise };
  }

  private endOf(what: string) {
    this.expect('open', '{{');
    const t = this.next();
    if (t.value !== 'end') this.fail(`expected {{ end }} of ${what}`, t);
    this.expect('close', '}}');
  }

  /** A pipeline up to (not past) a token of kind `until` (`close`, or `rparen` inside parentheses). */
  private pipe(depth: number, until: 'close' | 'rparen'): Pipe {
    if (depth > MAX_NESTING) this.fail(`parentheses nested deeper than ${MAX_NESTING}`);
    const line = this.peek()?.line ?? 1;
    const vars: string[] = [];
    let assign = false;
    // `$x :=`, `$i, $v :=`, `$x =`
    let k = 0;
    while (this.peek(k)?.kind === 'var' && !this.peek(k)?.fields) {
      const after = this.peek(k + 1)?.kind;
      if (after === 'comma') k += 2;
      else if (after === 'declare' || after === 'assign') {
        for (let j = 0; j <= k; j += 2) vars.push(this.peek(j)!.value);
        assign = after === 'assign';
        this.at += k + 2;
        break;
      } else break;
    }
    const cmds: Operand[][] = [[]];
    for (;;) {
      const t = this.peek();
      if (!t) this.fail('the template ends inside an action');
      if (t.kind === until) break;
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

  private operand(t: Token, depth: number): Operand {
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

// The lexer of Go's text/template as Helm charts write it: text, and the
// `{{ … }}` actions with their trim markers (`{{- `, ` -}}`), comments
// (`{{/* … */}}`), strings ("…", `…`, '…'), numbers, fields (`.a.b`),
// variables (`$x.a`), keywords and punctuation. It does not judge what the
// tokens mean (template-parse.ts does). Work is linear in the text: every
// step moves forward.

import { UserError } from '../errors.ts';

export type TokenKind =
  | 'open' // `{{`
  | 'close' // `}}`
  | 'string' // a quoted or raw string; `value` holds its text
  | 'number'
  | 'char'
  | 'field' // `.a.b`: `value` holds `a.b`
  | 'dot' // a bare `.`
  | 'var' // `$x`, `$x.a.b`, `$`: `value` holds `$x`, `fields` the chain
  | 'ident' // a function name or a keyword (if, else, end, range, with, define, template, block, break, continue, true, false, nil)
  | 'lparen'
  | 'rparen'
  | 'pipe'
  | 'declare' // `:=`
  | 'assign' // `=`
  | 'comma'
  | 'text';

export interface Token {
  kind: TokenKind;
  value: string;
  /** A chain of fields after a variable or a closing parenthesis (`$x.a.b` → ['a', 'b']). */
  fields?: string[];
  /** 1-based line of the token's start. */
  line: number;
}

/** A template longer than this is refused: no chart template is near it, and the work stays bounded. */
export const MAX_TEMPLATE_CHARS = 4 * 1024 * 1024;

const IDENT = /[A-Za-z0-9_]/;
const SPACE = /[ \t\r\n]/;

/** The tokens of one template file; a malformed action is a UserError at `file`:line. */
export function lexTemplate(text: string, file: string): Token[] {
  if (text.length > MAX_TEMPLATE_CHARS)
    throw new UserError(`template of ${text.length} characters is longer than the ${MAX_TEMPLATE_CHARS} lockstep reads`, { file, line: 1 });
  const out: Token[] = [];
  let at = 0;
  let line = 1;
  const advance = (to: number) => {
    for (let i = at; i < to; i++) if (text.charCodeAt(i) === 10) line++;
    at = to;
  };
  const fail = (what: string): never => {
    throw new UserError(`template does not parse: ${what}`, { file, line, hint: 'helm template would refuse it too; fix the template' });
  };
  while (at < text.length) {
    const open = text.indexOf('{{', at);
    if (open < 0) break;
    advance(open);
    let i = open + 2;
    if (text[i] === '-' && SPACE.test(text[i + 1] ?? '')) i += 2;
    while (SPACE.test(text[i] ?? '')) i++;
    if (text.startsWith('/*', i)) {
      const end = text.indexOf('*/', i + 2);
      if (end < 0) fail('a comment is not closed');
      let j = end + 2;
      while (SPACE.test(text[j] ?? '')) j++;
      if (text[j] === '-') j++;
      if (!text.startsWith('}}', j)) fail('a comment is not followed by }}');
      advance(j + 2);
      continue;
    }
    out.push({ kind: 'open', value: '{{', line });
    advance(i);
    at = lexAction(
      text,
      at,
      out,
      (to) => advance(to),
      () => line,
      fail,
    );
  }
  return out;
}

/** Lexes one action from `at` (past `{{`) to its `}}`; returns the offset past it. */
function lexAction(
  text: string,
  start: number,
  out: Token[],
  advance: (to: number) => void,
  line: () => number,
  fail: (w: string) => never,
): number {
  let i = start;
  const push = (kind: TokenKind, value: string, end: number, fields?: string[]) => {
    out.push({ kind, value, line: line(), ...(fields ? { fields } : {}) });
    advance(end);
    i = end;
  };
  for (;;) {
    while (SPACE.test(text[i] ?? '')) i++;
    advance(i);
    const c = text[i];
    if (c === undefined) fail('an action is not closed with }}');
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
    } else if (c === "'") push('char', '', quotedEnd(text, i, "'", fail));
    else if (c === '`') {
      const end = text.indexOf('`', i + 1);
      if (end < 0) fail('a raw string is not closed');
      push('string', text.slice(i + 1, end), end + 1);
    } else if (c === '.' && IDENT.test(text[i + 1] ?? '') && !/[0-9]/.test(text[i + 1])) {
      const end = chainEnd(text, i);
      push('field', text.slice(i + 1, end), end);
    } else if (c === '.' && /[0-9]/.test(text[i + 1] ?? '')) push('number', text.slice(i, wordEnd(text, i + 1)), wordEnd(text, i + 1));
    else if (c === '.') push('dot', '.', i + 1);
    else if (c === '$') {
      const nameEnd = wordEnd(text, i + 1);
      const end = text[nameEnd] === '.' ? chainEnd(text, nameEnd) : nameEnd;
      push('var', text.slice(i, nameEnd), end, end > nameEnd ? text.slice(nameEnd + 1, end).split('.') : undefined);
    } else if (c === '(') push('lparen', '(', i + 1);
    else if (c === ')') {
      const end = text[i + 1] === '.' && IDENT.test(text[i + 2] ?? '') ? chainEnd(text, i + 1) : i + 1;
      push('rparen', ')', end, end > i + 1 ? text.slice(i + 2, end).split('.') : undefined);
    } else if (c === '|') push('pipe', '|', i + 1);
    else if (c === ':' && text[i + 1] === '=') push('declare', ':=', i + 2);
    else if (c === '=') push('assign', '=', i + 1);
    else if (c === ',') push('comma', ',', i + 1);
    else if (/[0-9+-]/.test(c)) push('number', text.slice(i, wordEnd(text, i + 1)), wordEnd(text, i + 1));
    else if (IDENT.test(c)) {
      const end = wordEnd(text, i);
      push('ident', text.slice(i, end), end);
    } else fail(`unexpected ${JSON.stringify(c)} in an action`);
  }
}

function quotedEnd(text: string, i: number, quote: string, fail: (w: string) => never): number {
  let j = i + 1;
  while (j < text.length) {
    const c = text[j];
    if (c === '\\') j += 2;
    else if (c === quote) return j + 1;
    else if (c === '\n') break;
    else j++;
  }
  return fail(`a ${quote === '"' ? 'string' : 'character'} is not closed on its line`);
}

/** Go's escapes a key name may hold, read closely enough: JSON's, else the text between the quotes. */
function unquote(literal: string): string {
  try {
    return JSON.parse(literal) as string;
  } catch {
    return literal.slice(1, -1);
  }
}

function wordEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length && (IDENT.test(text[j]) || (text[j] === '.' && /[0-9]/.test(text[j + 1] ?? '')))) j++;
  return j;
}

/** The end of a field chain `.a.b.c` starting at the dot `i`. */
function chainEnd(text: string, i: number): number {
  let j = i;
  while (text[j] === '.' && IDENT.test(text[j + 1] ?? '')) j = wordEnd(text, j + 1);
  return j;
}

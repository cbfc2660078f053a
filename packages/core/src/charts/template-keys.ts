// The values keys a chart's templates read, found by a scanner of the
// `{{ … }}` actions of Go templates — not a template parser. It knows the
// forms charts use to read a value: a field chain on `.Values` (also `$.Values`
// and `$root.Values`, e.g. `.Values.ingress.host`, which covers `default …
// .Values.a.b`, `required "…" .Values.a.b`, `with .Values.a`, `toYaml
// .Values.a`), `index .Values "a" "b"`, `hasKey .Values.a "b"`, `get
// .Values.a "b"` and `dig "a" "b" <default> .Values`. What a block's dot
// (`with`, `range`) reads relative to it is not resolved: the block's own
// `.Values.x` counts as reading all of x. A bare `.Values` (passed whole to a
// helper) names no key and reads none.

/** Each file larger than this is skipped: no chart template is that large, and the scan stays linear in what it reads. */
const MAX_TEMPLATE = 4 * 1024 * 1024;

/**
 * Every key path (`['services', 'worker', 'replicas']`) the template `text`
 * reads from `.Values`, in order of appearance, duplicates kept out.
 */
export function templateValueKeys(text: string): string[][] {
  if (text.length > MAX_TEMPLATE) return [];
  const out = new Map<string, string[]>();
  const add = (path: string[]) => {
    if (path.length > 0) out.set(path.join('\u0000'), path);
  };
  for (const body of actions(text)) for (const path of keysOfAction(body)) add(path);
  return [...out.values()];
}

/** The bodies of the `{{ … }}` actions of a template, comments left out; string literals may hold `}}`. */
function actions(text: string): string[] {
  const out: string[] = [];
  let at = 0;
  for (;;) {
    const open = text.indexOf('{{', at);
    if (open < 0) return out;
    let i = open + 2;
    let end = -1;
    while (i < text.length) {
      const c = text[i];
      if (c === '"' || c === "'") {
        i = skipQuoted(text, i, c);
      } else if (c === '`') {
        const close = text.indexOf('`', i + 1);
        i = close < 0 ? text.length : close + 1;
      } else if (c === '/' && text[i + 1] === '*') {
        const close = text.indexOf('*/', i + 2);
        i = close < 0 ? text.length : close + 2;
      } else if (c === '}' && text[i + 1] === '}') {
        end = i;
        break;
      } else i++;
    }
    if (end < 0) return out;
    out.push(text.slice(open + 2, end));
    at = end + 2;
  }
}

/** The index just past a quoted literal starting at `i` (escapes honoured; a newline ends an unterminated one). */
function skipQuoted(text: string, i: number, quote: string): number {
  let j = i + 1;
  while (j < text.length) {
    const c = text[j];
    if (c === '\\') j += 2;
    else if (c === quote) return j + 1;
    else if (c === '\n') return j;
    else j++;
  }
  return j;
}

/** Strings, raw strings, characters, comments, field chains and variables, then any other single character. */
const TOKEN = /"(?:[^"\\\n]|\\.)*"|`[^`]*`|'(?:[^'\\\n]|\\.)+'|\/\*[\s\S]*?\*\/|[$A-Za-z0-9_.]+|\S/g;

/** A field chain on the values: `.Values`, `$.Values`, `$root.Values`, followed by `.a.b`. */
const VALUES_CHAIN = /^(?:\$[A-Za-z0-9_]*)?\.Values((?:\.[A-Za-z_][A-Za-z0-9_]*)*)$/;

/** The key path a token reads (`[]` for the bare `.Values`), or undefined when it is not a values chain. */
function valuesPath(token: string | undefined): string[] | undefined {
  const m = token === undefined ? null : VALUES_CHAIN.exec(token);
  if (!m) return undefined;
  return m[1] === '' ? [] : m[1].slice(1).split('.');
}

/** A string literal's text, or undefined when the token is not one. */
function literal(token: string | undefined): string | undefined {
  if (token === undefined) return undefined;
  if (token.startsWith('`')) return token.slice(1, -1);
  if (!token.startsWith('"')) return undefined;
  try {
    return JSON.parse(token) as string;
  } catch {
    // Go escapes JSON lacks (\x41, \a): the text between the quotes is close enough for a key name.
    return token.slice(1, -1);
  }
}

function keysOfAction(body: string): string[][] {
  const tokens = (body.match(TOKEN) ?? []).filter((t) => !t.startsWith('/*'));
  const out: string[][] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const path = valuesPath(t);
    if (path) {
      out.push(path);
      continue;
    }
    if (t === 'index' || t === 'hasKey' || t === 'get') {
      // `index .Values.a "b" "c"`: the chain, then literal keys (a variable ends what is known).
      const base = valuesPath(tokens[i + 1]);
      if (!base) continue;
      const keys: string[] = [];
      for (let j = i + 2; j < tokens.length; j++) {
        const k = literal(tokens[j]);
        if (k === undefined) break;
        keys.push(k);
        if (t !== 'index') break;
      }
      out.push([...base, ...keys]);
      i += 1;
    } else if (t === 'dig') {
      // `dig "a" "b" <default> .Values.x`: the literals before the default are keys under the chain.
      const keys: string[] = [];
      let j = i + 1;
      for (; j < tokens.length; j++) {
        const k = literal(tokens[j]);
        if (k === undefined) break;
        keys.push(k);
      }
      // The default is the last literal, or one other token (a number, a variable, a parenthesised call is not followed).
      let base = valuesPath(tokens[j]);
      if (base) keys.pop();
      else base = valuesPath(tokens[j + 1]);
      if (base && keys.length > 0) out.push([...base, ...keys]);
    }
  }
  return out;
}

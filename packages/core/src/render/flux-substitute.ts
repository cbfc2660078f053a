// A Flux Kustomization's post-build variable substitution, as kustomize-controller applies it to what
// `kustomize build` gave: each object's YAML (one document of the build's output) has its `${var}`
// expressions replaced by the variables' values, unless the object is labelled or annotated
// `kustomize.toolkit.fluxcd.io/substitute: disabled`; nothing is substituted when no variable is defined
// (Flux's documented rule: a `${var:=default}` alone stays as written). Flux's documented forms:
// `${var}` (an undefined one becomes empty: strict mode aside), `${var:=default}` and `${var:-default}`
// (the default when the variable is undefined or empty), `$${var}` for a literal `${var}`; `$var` without
// braces is left as written. Any other `${…}` form (`${var:1:2}`, `${var/a/b}`, a default holding `${`) is
// refused rather than guessed: a hydrated branch must hold what Flux applies, or nothing.

import { parseAllDocuments } from 'yaml';

/** Flux's rule for a variable's name (`^[_[:alpha:]][_[:alpha:][:digit:]]*$`). */
export const VARIABLE_NAME = /^[_a-zA-Z][_a-zA-Z0-9]*$/;

/** The label or annotation that turns substitution off for one object. */
const DISABLED_KEY = 'kustomize.toolkit.fluxcd.io/substitute';

/** The text with its `${…}` expressions replaced; `message` says the first expression that cannot be. */
export function envsubst(text: string, vars: ReadonlyMap<string, string>): { text: string } | { message: string } {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const at = text.indexOf('$', i);
    if (at < 0) break;
    out += text.slice(i, at);
    if (text.startsWith('$${', at)) {
      out += '${';
      i = at + 3;
      continue;
    }
    if (text[at + 1] !== '{') {
      out += '$';
      i = at + 1;
      continue;
    }
    const close = text.indexOf('}', at + 2);
    if (close < 0) return { message: `${text.slice(at, at + 40)}: no closing brace` };
    const body = text.slice(at + 2, close);
    const m = /^([_a-zA-Z][_a-zA-Z0-9]*)(?:(:[=-])(.*))?$/s.exec(body);
    if (!m || (m[3] ?? '').includes('${'))
      return { message: `\${${body}}: lockstep substitutes \${var}, \${var:=default} and \${var:-default} only` };
    const value = vars.get(m[1]) ?? '';
    out += m[2] !== undefined && value === '' ? m[3] : value;
    i = close + 1;
  }
  return { text: out + text.slice(i) };
}

/** Whether a build document's object turns substitution off (its label or annotation says `disabled`). */
function disabled(doc: string): boolean {
  if (!doc.includes(DISABLED_KEY)) return false;
  try {
    const docs = parseAllDocuments(doc);
    const parsed = Array.isArray(docs) ? docs[0] : docs;
    const meta = (parsed?.toJS() as { metadata?: { labels?: Record<string, unknown>; annotations?: Record<string, unknown> } } | null)
      ?.metadata;
    return meta?.labels?.[DISABLED_KEY] === 'disabled' || meta?.annotations?.[DISABLED_KEY] === 'disabled';
  } catch {
    return false;
  }
}

/**
 * `kustomize build` output with Flux's post-build substitution applied object by object; `message` names the
 * first variable or expression Flux would refuse (an invalid name) or lockstep does not substitute.
 */
export function substituteBuild(output: string, vars: ReadonlyMap<string, string>): { text: string } | { message: string } {
  if (vars.size === 0) return { text: output };
  const bad = [...vars.keys()].find((k) => !VARIABLE_NAME.test(k));
  if (bad !== undefined)
    return { message: `variable name ${JSON.stringify(bad)} is invalid: Flux takes names matching ${VARIABLE_NAME.source}` };
  const parts = output.split(/^(---[ \t]*\r?\n)/m);
  let text = '';
  for (const part of parts) {
    if (/^---[ \t]*\r?\n$/.test(part) || disabled(part)) {
      text += part;
      continue;
    }
    const r = envsubst(part, vars);
    if ('message' in r) return r;
    text += r.text;
  }
  return { text };
}

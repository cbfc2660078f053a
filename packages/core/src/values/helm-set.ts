// A `--set name=value` as Helm reads it (its strvals parser), for the values
// an Argo CD Application's helm.parameters give: Argo CD passes each as
// `--set` (or `--set-string` with forceString) after every values file, its
// commas escaped unless the value is a `{a,b}` list. The name is keys split
// at `.` (`\.` keeps a dot) with `[n]` list indexes; the value is typed as
// strvals types it: true/false/null in any case, a base-10 integer that does
// not start with 0 (an int64), else the string (`1.5` and `012` stay strings).
// A backslash escapes the next character. Set into the merged values, a list
// index keeps the list's other items and pads it with nulls.

import type { HelmSet } from './values-origin.ts';

/** At most this many segments in one name, and this index in one list (strvals caps an index at 65536). */
const MAX_SEGMENTS = 256;
const MAX_INDEX = 65_536;

/** The parameter `name=value` as Helm reads it; undefined when the name is not one strvals takes. */
export function helmSet(name: string, value: string, asString: boolean): HelmSet | undefined {
  const path = setPath(name);
  return path ? { path, value: setValue(value, asString) } : undefined;
}

/** The name's path: keys at unescaped dots, `[n]` indexes after a key; undefined when empty, malformed or too deep. */
export function setPath(name: string): (string | number)[] | undefined {
  const path: (string | number)[] = [];
  let key = '';
  // Whether a key was written since the last `.` (a dot after an index starts the next key too).
  let afterIndex = false;
  for (let i = 0; i < name.length; i++) {
    const c = name[i];
    if (c === '\\' && i + 1 < name.length) key += name[++i];
    else if (c === '.' || c === '[') {
      if (key !== '') path.push(key);
      else if (!afterIndex) return undefined;
      key = '';
      afterIndex = false;
      if (c === '.') continue;
      const close = name.indexOf(']', i);
      const digits = close < 0 ? '' : name.slice(i + 1, close);
      if (!/^\d+$/.test(digits) || Number(digits) > MAX_INDEX) return undefined;
      path.push(Number(digits));
      afterIndex = true;
      i = close;
    } else key += c;
    if (path.length > MAX_SEGMENTS) return undefined;
  }
  if (key !== '') path.push(key);
  else if (!afterIndex) return undefined;
  return path;
}

/** The value as Helm types it: a `{a,b}` list of typed items, else one typed scalar (a string with `asString`). */
export function setValue(value: string, asString: boolean): unknown {
  if (value.startsWith('{') && value.endsWith('}') && value.length >= 2)
    return splitUnescaped(value.slice(1, -1)).map((item) => typed(unescape(item), asString));
  return typed(unescape(value), asString);
}

/** strvals' typedVal. */
function typed(v: string, asString: boolean): unknown {
  if (asString) return v;
  const lower = v.toLowerCase();
  if (lower === 'true') return true;
  if (lower === 'false') return false;
  if (lower === 'null') return null;
  if (v === '0') return 0;
  if (v !== '' && v[0] !== '0' && /^[+-]?\d+$/.test(v)) {
    const n = BigInt(v);
    if (n >= -(2n ** 63n) && n < 2n ** 63n) return Number(n);
  }
  return v;
}

/** The parts of a list between unescaped commas (an empty list is no items). */
function splitUnescaped(s: string): string[] {
  if (s === '') return [];
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === ',') {
      out.push(s.slice(start, i));
      start = i + 1;
    }
  }
  out.push(s.slice(start));
  return out;
}

const unescape = (s: string) => s.replace(/\\(.)/gs, '$1');

/** Argo CD's escaping of a parameter's value before it hands it to Helm: each comma not after a backslash, unless the value is a `{…}` list. */
export function argoSetValue(value: string): string {
  if (value.startsWith('{') && value.endsWith('}')) return value;
  let out = '';
  for (let i = 0; i < value.length; i++) out += value[i] === ',' && value[i - 1] !== '\\' ? '\\,' : value[i];
  return out;
}

/** The keys a parameter sets as the values contract judges them: its path up to its first list index. */
export function setKeys(set: HelmSet): string[] {
  const end = set.path.findIndex((k) => typeof k === 'number');
  return (end < 0 ? set.path : set.path.slice(0, end)).map(String);
}

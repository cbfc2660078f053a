// Whether two readings of YAML hold the same data, in time linear in what the documents spell out. The yaml
// library reads an alias as the very object its anchor made, so nine levels of nine aliases (a billion laughs)
// are nine objects shared along 9^9 paths: node:util's isDeepStrictEqual walks every path (an edit check on such
// a values file took minutes), while here a pair of objects already being compared, or found equal, is not walked
// again. The answer is isDeepStrictEqual's for the plain data YAML reads (mappings as plain objects, sequences as
// arrays, scalars); anything else (a Map, a Set, a Date a custom tag made) is left to isDeepStrictEqual.

import { isDeepStrictEqual } from 'node:util';

/** `a` and `b` hold the same data (a cycle that an alias to an ancestor makes is equal where its walk is). */
export function sameData(a: unknown, b: unknown): boolean {
  return same(a, b, new WeakMap());
}

function same(a: unknown, b: unknown, met: WeakMap<object, WeakSet<object>>): boolean {
  if (Object.is(a, b)) return true;
  if (!isPlain(a) || !isPlain(b))
    return typeof a === 'object' && a !== null && typeof b === 'object' && b !== null && isDeepStrictEqual(a, b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  let partners = met.get(a);
  if (partners?.has(b)) return true;
  if (!partners) met.set(a, (partners = new WeakSet()));
  partners.add(b);
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((v, i) => i in other === i in a && same(v, other[i], met));
  }
  const ka = Object.keys(a);
  const ob = b as Record<string, unknown>;
  if (ka.length !== Object.keys(ob).length) return false;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(ob, k) && same((a as Record<string, unknown>)[k], ob[k], met));
}

/** An array, or an object whose prototype is Object's or none: the shapes a YAML reading builds. */
function isPlain(v: unknown): v is object {
  if (typeof v !== 'object' || v === null) return false;
  if (Array.isArray(v)) return Object.getPrototypeOf(v) === Array.prototype;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

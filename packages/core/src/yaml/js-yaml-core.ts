// js-yaml read as the yaml package reads a plain document with the YAML 1.2
// core schema: the scalar resolution and maps of the yaml package, and the test
// of which texts the two libraries read alike (render/documents.ts says why
// and where it is used: a render's output, the pin index, the config file).

import { COLLECTION_STYLE, defineMappingTag, defineScalarTag, EVENT_ID, NOT_RESOLVED, Schema, seqTag, strTag, type Event } from 'js-yaml';

/** A pattern of the core schema and the value it gives. */
type Form = readonly [RegExp, (s: string) => unknown];

/**
 * A plain scalar as the yaml package's core schema resolves it: the first of a
 * tag's patterns that matches (one js-yaml tag per tag name: a schema keeps the
 * last tag of a name).
 */
function coreScalar(tagName: string, firstChars: readonly string[], forms: readonly Form[]) {
  return defineScalarTag(`tag:yaml.org,2002:${tagName}`, {
    implicit: true,
    implicitFirstChars: firstChars,
    resolve: (s) => {
      for (const [test, resolve] of forms) if (test.test(s)) return resolve(s);
      return NOT_RESOLVED;
    },
    identify: () => false,
  });
}

const NUMBER_START = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '-', '+', '.'];

/** The yaml package's YAML 1.2 core resolution (yaml/dist/schema/core), pattern for pattern, in its order. */
const FORMS: Record<'null' | 'bool' | 'int' | 'float', readonly Form[]> = {
  null: [[/^(?:~|[Nn]ull|NULL)?$/, () => null]],
  bool: [[/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (s) => s[0] === 't' || s[0] === 'T']],
  int: [
    [/^0o[0-7]+$/, (s) => parseInt(s.slice(2), 8)],
    [/^[-+]?[0-9]+$/, (s) => parseInt(s, 10)],
    [/^0x[0-9a-fA-F]+$/, (s) => parseInt(s.slice(2), 16)],
  ],
  float: [
    [
      /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      (s) => (s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? -Infinity : Infinity),
    ],
    [/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, (s) => parseFloat(s)],
    [/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, (s) => parseFloat(s)],
  ],
};

const CORE = [
  coreScalar('null', ['', '~', 'n', 'N'], FORMS.null),
  coreScalar('bool', ['t', 'T', 'f', 'F'], FORMS.bool),
  coreScalar('int', NUMBER_START, FORMS.int),
  coreScalar('float', NUMBER_START, FORMS.float),
];

/** Every pattern of FORMS, flat. */
const NON_STRING: readonly RegExp[] = Object.values(FORMS).flatMap((forms) => forms.map(([test]) => test));
/** The first characters a pattern of FORMS can match (the empty text aside): the others are strings without a test. */
const NON_STRING_FIRST = new Set([...'~nNtTfF', ...NUMBER_START]);

/** Whether a plain scalar of this text is read as no string (null, a boolean, a number) by the YAML 1.2 core schema. */
export function coreNonString(s: string): boolean {
  if (s !== '' && !NON_STRING_FIRST.has(s[0])) return false;
  return NON_STRING.some((test) => test.test(s));
}

/** A scalar key as the yaml package writes it into a plain object: null is '', anything else its String(). */
const keyOf = (key: unknown): string => (key === null ? '' : String(key));

/**
 * Maps as the yaml package's toJS builds them: plain objects, a key written
 * over an inherited name (`__proto__`, `toString`) as an own property. A key
 * that is a map or a list (the yaml package prints it as YAML, js-yaml would
 * not) is refused, and so is a key met twice (js-yaml refuses it): the yaml
 * package reads those.
 */
const MAP = defineMappingTag<Record<string, unknown>>('tag:yaml.org,2002:map', {
  create: () => ({}),
  addPair: (map, key, value) => {
    if (key !== null && typeof key === 'object') return 'a key that is a map or a list';
    const k = keyOf(key);
    if (k in map) Object.defineProperty(map, k, { value, writable: true, enumerable: true, configurable: true });
    else map[k] = value;
    return '';
  },
  has: (map, key) => Object.hasOwn(map, keyOf(key)),
  keys: (map) => Object.keys(map),
  get: (map, key) => map[keyOf(key)],
  identify: () => false,
});

/** js-yaml's schema that reads plain scalars and maps as the yaml package's YAML 1.2 core schema does. */
export const CORE_SCHEMA_LIKE_YAML = new Schema([strTag, seqTag, MAP, ...CORE]);

/**
 * Whether what stands before `start` on its line is what may stand before a block collection: indentation, and the
 * `- ` of the lists it opens (` *(?:- +)*`), read in place: a render has a block collection every few lines.
 */
function blockLineStart(text: string, start: number): boolean {
  let i = text.lastIndexOf('\n', start - 1) + 1;
  while (i < start && text.charCodeAt(i) === 32) i++;
  while (i < start) {
    if (text.charCodeAt(i) !== 45 || i + 1 >= start || text.charCodeAt(i + 1) !== 32) return false;
    i++;
    while (i < start && text.charCodeAt(i) === 32) i++;
  }
  return true;
}
/** Keys longer than this are the yaml package's to judge (it refuses an implicit key past 1024 characters, js-yaml does not). */
const LONG_KEY = 1000;

/**
 * Whether js-yaml's events hold nothing the two libraries read differently:
 * no tag, anchor, alias or directive, no key past LONG_KEY characters, and
 * every block map or list starting its own line (or after the `- ` of a list),
 * where the yaml package refuses what js-yaml takes (`a: b: c`, `: b: c`).
 */
export function plain(text: string, events: readonly Event[]): boolean {
  /** Per open node (document, map, list): whether it is a map, and how many children it has had. */
  const open: { map: boolean; children: number }[] = [];
  for (const e of events) {
    if (e.type === EVENT_ID.POP) {
      open.pop();
      continue;
    }
    if (e.type === EVENT_ID.DOCUMENT) {
      if (e.directives.length > 0) return false;
      open.push({ map: false, children: 0 });
      continue;
    }
    if (e.type === EVENT_ID.ALIAS || e.tagStart !== -1 || e.anchorStart !== -1) return false;
    const parent = open[open.length - 1];
    const key = parent.map && parent.children % 2 === 0;
    parent.children++;
    if (e.type === EVENT_ID.SCALAR) {
      if (key && e.valueEnd - e.valueStart > LONG_KEY) return false;
      continue;
    }
    if (e.style === COLLECTION_STYLE.BLOCK && !blockLineStart(text, e.start)) return false;
    open.push({ map: e.type === EVENT_ID.MAPPING, children: 0 });
  }
  return true;
}

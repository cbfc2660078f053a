// Chart.yaml and Chart.lock as `helm package` writes them into the archive. Helm re-serialises both
// through sigs.k8s.io/yaml: json.Marshal of its structs, then the JSON read back and written out by its
// go-yaml v2 fork. What that gives, and what this module reproduces for JSON values (strings, booleans,
// numbers, lists and maps of them):
// - every map's keys sorted in go-yaml's order: letters by code point, a non-letter before a letter,
//   runs of digits by their number (item9 before item10);
// - block style, two spaces per level, a list under a key not indented;
// - a string plain when it reads back as that string under YAML 1.1 and nothing in it is an indicator,
//   else single-quoted when it can be, else double-quoted; a string with a line break as a literal block;
// - a plain or quoted string folded at a space once its line is past 80 columns (go-yaml's best width).
// The output was compared with Helm 3.17.3's (packages/core/test/charts/package-helm.test.ts).

import { yaml11Type } from '../yaml/scalars.ts';

/** go-yaml's line width: a line is folded at the first space after this column. */
const BEST_WIDTH = 80;

/** A JSON value as YAML, the way sigs.k8s.io/yaml (go-yaml v2) writes it; `value` is a map. */
export function helmYaml(value: Record<string, unknown>): string {
  const clean = JSON.parse(JSON.stringify(value)) as Record<string, Json>;
  const lines: string[] = [];
  writeMap(clean, 0, lines, '');
  return lines.join('');
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function isMap(v: unknown): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A map's entries at `indent`; `first` prefixes the first line (a list item's `- `). */
function writeMap(map: Record<string, Json>, indent: number, out: string[], first: string | undefined): void {
  const keys = Object.keys(map).sort(keyOrder);
  if (keys.length === 0) {
    out.push(`${first ?? ' '.repeat(indent)}{}\n`);
    return;
  }
  keys.forEach((k, i) => {
    const lead = i === 0 && first !== undefined ? first : ' '.repeat(indent);
    // A key is never folded (go-yaml writes it as a simple key).
    const key = scalar(k, lead.length, indent + 2, Infinity);
    writeEntry(`${lead}${key}:`, map[k], indent, out);
  });
}

/** `head` (`key:` or `-`) and its value: a nested block on the next lines, or a scalar after a space. */
function writeEntry(head: string, v: Json, indent: number, out: string[]): void {
  if (isMap(v) && Object.keys(v).length > 0) {
    out.push(`${head}\n`);
    writeMap(v, indent + 2, out, undefined);
  } else if (Array.isArray(v) && v.length > 0) {
    out.push(`${head}\n`);
    writeSeq(v, indent, out);
  } else if (isMap(v)) out.push(`${head} {}\n`);
  else if (Array.isArray(v)) out.push(`${head} []\n`);
  else out.push(`${head} ${scalarValue(v, head.length + 1, indent + 2)}\n`);
}

/** A list at `indent` (go-yaml writes a list under a key at the key's own indent). */
function writeSeq(seq: Json[], indent: number, out: string[]): void {
  const dash = `${' '.repeat(indent)}- `;
  for (const item of seq) {
    if (isMap(item) && Object.keys(item).length > 0) writeMap(item, indent + 2, out, dash);
    else if (Array.isArray(item) && item.length > 0) {
      // A list in a list starts on the dash's line: `- - a`.
      const inner: string[] = [];
      writeSeq(item, indent + 2, inner);
      inner[0] = dash + inner[0].slice(indent + 2);
      out.push(...inner);
    } else writeEntry(dash.trimEnd(), item, indent, out);
  }
}

function scalarValue(v: Json, column: number, indent: number): string {
  if (v === null) return 'null';
  if (typeof v === 'boolean' || typeof v === 'number') return JSON.stringify(v);
  return scalar(v as string, column, indent);
}

/**
 * A string at `column` (where it starts on its line); continuation lines
 * (folds, a literal block's lines) are indented to `indent`.
 */
function scalar(s: string, column: number, indent: number, width = BEST_WIDTH): string {
  const a = analyse(s);
  // go-yaml asks for a literal block when there is a line break, plain when the string reads back as
  // itself, double quotes otherwise; the emitter falls back (plain → single → double) when the asked style cannot hold it.
  if (s.includes('\n')) return a.blockAllowed ? literal(s, indent) : foldDouble(s, column, indent, width);
  if (!readsAsString(s)) return foldDouble(s, column, indent, width);
  if (a.plainAllowed) return fold(s, column, indent, 'plain', width);
  if (a.singleAllowed) return fold(s, column, indent, 'single', width);
  return foldDouble(s, column, indent, width);
}

/** libyaml's printable characters (its is_printable): no control character, no BOM, nothing beyond U+FFFF. */
function printable(cp: number): boolean {
  return cp === 0x0a || (cp >= 0x20 && cp <= 0x7e) || (cp >= 0xa0 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd && cp !== 0xfeff);
}

/** One character inside double quotes, escaped as libyaml escapes it. */
function escape(c: string): string {
  const cp = c.codePointAt(0)!;
  const named: Record<number, string> = {
    0: '0',
    7: 'a',
    8: 'b',
    9: 't',
    10: 'n',
    11: 'v',
    12: 'f',
    13: 'r',
    27: 'e',
    34: '"',
    92: '\\',
    0x85: 'N',
    0xa0: '_',
    0x2028: 'L',
    0x2029: 'P',
  };
  const isBreak = cp === 0x0d || cp === 0x0a || cp === 0x85 || cp === 0x2028 || cp === 0x2029;
  if (printable(cp) && !isBreak && cp !== 34 && cp !== 92) return c;
  if (named[cp] !== undefined) return `\\${named[cp]}`;
  const hex = cp.toString(16).toUpperCase();
  return cp <= 0xff ? `\\x${hex.padStart(2, '0')}` : cp <= 0xffff ? `\\u${hex.padStart(4, '0')}` : `\\U${hex.padStart(8, '0')}`;
}

/** True when `s` written plain reads back as the same string under YAML 1.1 (go-yaml v2's resolver). */
function readsAsString(s: string): boolean {
  if (s === '') return false;
  if (yaml11Type(s) !== 'str') return false;
  // Go's strconv.ParseInt with base 0 also takes 0o and 0b literals, with underscores.
  if (/^[-+]?0[oObBxX]?[0-9a-fA-F_]+$/.test(s) && !Number.isNaN(Number(s.replace(/_/g, '').replace(/^\+/, '')))) return false;
  // Base-60 floats (1:20.5) go-yaml quotes as well.
  return !/^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/.test(s);
}

/** libyaml's scalar analysis, for a block context: which styles can hold `s`. */
function analyse(s: string): { plainAllowed: boolean; singleAllowed: boolean; blockAllowed: boolean } {
  const cs = [...s];
  if (cs.length === 0) return { plainAllowed: false, singleAllowed: true, blockAllowed: false };
  let indicators = s.startsWith('---') || s.startsWith('...');
  let special = false;
  let lineBreaks = false;
  let spaceBreak = false;
  let previousSpace = false;
  let previousBreak = false;
  let leadingSpace = false;
  let leadingBreak = false;
  let trailingSpace = false;
  let trailingBreak = false;
  let breakSpace = false;
  const blank = (c: string | undefined) => c === undefined || c === ' ' || c === '\t' || c === '\n' || c === '\r';
  cs.forEach((c, i) => {
    const next = cs[i + 1];
    if (i === 0) {
      if (',[]{}#&*!|>\'"%@`'.includes(c)) indicators = true;
      if ((c === '?' || c === ':' || c === '-') && blank(next)) indicators = true;
    } else {
      if (c === ':' && blank(next)) indicators = true;
      if (c === '#' && (cs[i - 1] === ' ' || cs[i - 1] === '\t')) indicators = true;
    }
    if (!printable(c.codePointAt(0)!)) special = true;
    if (c === '\n') lineBreaks = true;
    if (c === ' ') {
      if (i === 0) leadingSpace = true;
      if (i === cs.length - 1) trailingSpace = true;
      if (previousBreak) breakSpace = true;
      previousSpace = true;
      previousBreak = false;
    } else if (c === '\n') {
      if (i === 0) leadingBreak = true;
      if (i === cs.length - 1) trailingBreak = true;
      if (previousSpace) spaceBreak = true;
      previousSpace = false;
      previousBreak = true;
    } else {
      previousSpace = false;
      previousBreak = false;
    }
  });
  let plainAllowed = !indicators;
  let singleAllowed = true;
  let blockAllowed = true;
  if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) plainAllowed = false;
  if (trailingSpace) blockAllowed = false;
  if (breakSpace) plainAllowed = singleAllowed = false;
  if (spaceBreak || special) plainAllowed = singleAllowed = blockAllowed = false;
  if (lineBreaks) plainAllowed = false;
  return { plainAllowed, singleAllowed, blockAllowed };
}

/** A plain or single-quoted string, a space turned into a line break once the line is past the best width. */
function fold(s: string, column: number, indent: number, style: 'plain' | 'single', width: number): string {
  const cs = [...s];
  let out = style === 'single' ? "'" : '';
  let col = column + out.length;
  let spaces = false;
  cs.forEach((c, i) => {
    if (c === ' ') {
      const edge = style === 'single' && (i === 0 || i === cs.length - 1);
      if (!spaces && col > width && !edge && cs[i + 1] !== ' ') {
        out += `\n${' '.repeat(indent)}`;
        col = indent;
      } else {
        out += ' ';
        col++;
      }
      spaces = true;
      return;
    }
    out += style === 'single' && c === "'" ? "''" : c;
    col += style === 'single' && c === "'" ? 2 : 1;
    spaces = false;
  });
  return style === 'single' ? `${out}'` : out;
}

/** A double-quoted string, folded as go-yaml folds one (a kept space after the fold escaped). */
function foldDouble(s: string, column: number, indent: number, width: number): string {
  const cs = [...s];
  let out = '"';
  let col = column + 1;
  let spaces = false;
  cs.forEach((c, i) => {
    if (c === ' ') {
      if (!spaces && col > width && i !== 0 && i !== cs.length - 1) {
        out += `\n${' '.repeat(indent)}`;
        col = indent;
        if (cs[i + 1] === ' ') {
          out += '\\';
          col++;
        }
      } else {
        out += ' ';
        col++;
      }
      spaces = true;
      return;
    }
    const e = escape(c);
    out += e;
    col += e.length;
    spaces = false;
  });
  return `${out}"`;
}

/** A literal block (`|`, `|-` or `|+` by its trailing line breaks), its lines at `indent`. */
function literal(s: string, indent: number): string {
  const trailing = s.length - s.replace(/\n+$/, '').length;
  const chomp = trailing === 0 ? '-' : trailing === 1 ? '' : '+';
  // A first line that starts with a space or a break needs the indentation given.
  const head = s.startsWith(' ') || s.startsWith('\n') ? `|2${chomp}` : `|${chomp}`;
  const body = (trailing > 0 ? s.slice(0, -1) : s)
    .split('\n')
    .map((l) => (l === '' ? '' : ' '.repeat(indent) + l))
    .join('\n');
  return `${head}\n${body}`;
}

/** go-yaml v2's key order (its keyList.Less) for string keys. */
export function keyOrder(a: string, b: string): number {
  const ar = [...a];
  const br = [...b];
  for (let i = 0; i < ar.length && i < br.length; i++) {
    if (ar[i] === br[i]) continue;
    const al = isLetter(ar[i]);
    const bl = isLetter(br[i]);
    if (al && bl) return ar[i] < br[i] ? -1 : 1;
    if (al || bl) return bl ? -1 : 1;
    let an = 0;
    let bn = 0;
    if (ar[i] === '0' || br[i] === '0') {
      for (let j = i - 1; j >= 0 && isDigit(ar[j]); j--)
        if (ar[j] !== '0') {
          an = 1;
          bn = 1;
          break;
        }
    }
    let ai = i;
    let bi = i;
    for (; ai < ar.length && isDigit(ar[ai]); ai++) an = an * 10 + Number(ar[ai]);
    for (; bi < br.length && isDigit(br[bi]); bi++) bn = bn * 10 + Number(br[bi]);
    if (an !== bn) return an < bn ? -1 : 1;
    if (ai !== bi) return ai < bi ? -1 : 1;
    return ar[i] < br[i] ? -1 : 1;
  }
  return ar.length - br.length;
}

function isLetter(c: string): boolean {
  return /^\p{L}$/u.test(c);
}

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

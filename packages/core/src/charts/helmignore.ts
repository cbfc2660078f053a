import { UserError } from '../errors.ts';

// `helm package` reads .helmignore with its own rules (helm/helm pkg/ignore), not gitignore's: each
// line is one Go `filepath.Match` pattern ('*', '?', '[...]' classes, '\' escapes; no `**`, which Helm
// refuses), matched case-sensitively against the chart-relative path, or against the base name when the
// rule holds no '/'. Rules are tried in order and the first that decides wins: a matching rule ignores;
// a `!rule` ignores every path it does NOT match (Helm's reading of negation, odd as it is); a rule
// ending in '/' only applies to folders. Each folder of a path is tried first, as Helm's walk skips an
// ignored folder whole.
//
// The `ignore` package implements gitignore (case-insensitive here, `**`, other negation) through
// backtracking regexes a pull request could make spin; picomatch and minimatch also compile to
// backtracking regexes and differ from filepath.Match (braces, `**`, `[!...]`). So the match below is a
// small matcher of Helm's documented filepath.Match syntax that runs in O(path × rule) per rule.

/** Helm's own default rule, added after the chart's: hidden files directly under templates/ are never packaged. */
const HELM_DEFAULTS = ['templates/.?*'];

/** bufio.Scanner, which Helm reads the file with, fails on a line of 64 KiB or more: so does this. */
const MAX_LINE_BYTES = 64 * 1024;

/** Character comparisons one rule set may spend on a run before it fails closed (about a second of work). */
const MATCH_BUDGET = 200_000_000;

/** Decides whether `helm package` leaves a chart-relative path out. */
export type IgnoreRule = (chartRelativePath: string) => boolean;

/** One item of a compiled pattern: each matches exactly one character. */
type Atom = { kind: 'char'; code: number } | { kind: 'any' } | { kind: 'class'; negated: boolean; ranges: [number, number][] };

/** A run of atoms, with whether a `*` stands before it. */
interface Chunk {
  star: boolean;
  atoms: Atom[];
}

interface Rule {
  negate: boolean;
  mustDir: boolean;
  /** The rule holds a '/' (after a leading '/' is dropped): it is matched against the whole path. */
  whole: boolean;
  chunks: Chunk[];
  /** Characters a name needs at least (the atoms of every chunk). */
  min: number;
}

const SLASH = 0x2f;

/**
 * Builds the matcher for one chart from its .helmignore text (undefined when
 * the chart has none). `file` names the .helmignore in errors: a line Helm
 * refuses (`**`, a broken `[` class, a line of 64 KiB) is a UserError at
 * file:line, as `helm package` would fail on it.
 */
export function helmIgnore(text: string | undefined, file = '.helmignore'): IgnoreRule {
  const rules: Rule[] = [];
  if (text) {
    const lines = text.split('\n');
    lines.forEach((raw, i) => {
      let line = i === 0 && raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
      if (line.endsWith('\r')) line = line.slice(0, -1);
      if (Buffer.byteLength(line) >= MAX_LINE_BYTES)
        throw new UserError('the line is 64 KiB or longer; helm package fails on it (token too long)', {
          file,
          line: i + 1,
          hint: 'shorten the rule',
        });
      const rule = parseRule(line.trim(), file, i + 1);
      if (rule) rules.push(rule);
    });
  }
  for (const d of HELM_DEFAULTS) rules.push(parseRule(d, file, 0)!);

  let budget = MATCH_BUDGET;
  const spend = (n: number, path: string) => {
    budget -= n;
    if (budget < 0)
      throw new UserError(`matching the .helmignore rules against '${path.slice(0, 80)}' takes too long`, {
        file,
        hint: 'write fewer or shorter rules (fewer * in one rule)',
      });
  };
  const decide = (path: string, dir: boolean): boolean => {
    const name = codePoints(path);
    const slash = name.lastIndexOf(SLASH);
    const base = slash < 0 ? name : name.slice(slash + 1);
    for (const r of rules) {
      if (r.negate) {
        if (r.mustDir && !dir) return true;
        if (!matches(r, r.whole ? name : base, path, spend)) return true;
        continue;
      }
      if (r.mustDir && !dir) continue;
      if (matches(r, r.whole ? name : base, path, spend)) return true;
    }
    return false;
  };
  const folders = new Map<string, boolean>();
  const folderIgnored = (dir: string): boolean => {
    let v = folders.get(dir);
    if (v === undefined) {
      const slash = dir.lastIndexOf('/');
      v = (slash > 0 && folderIgnored(dir.slice(0, slash))) || decide(dir, true);
      folders.set(dir, v);
    }
    return v;
  };
  return (path) => {
    if (path === '' || path === '.') return false;
    const slash = path.lastIndexOf('/');
    return (slash > 0 && folderIgnored(path.slice(0, slash))) || decide(path, false);
  };
}

/** One line of .helmignore as Helm's parseRule reads it; undefined for blank lines and comments. */
function parseRule(line: string, file: string, lineNo: number): Rule | undefined {
  if (line === '' || line.startsWith('#')) return undefined;
  if (line.includes('**'))
    throw new UserError("'**' is not supported in .helmignore (helm package fails on this rule: double-star syntax is not supported)", {
      file,
      line: lineNo,
      hint: 'use * within one folder, or name each folder',
    });
  let rule = line;
  const negate = rule.startsWith('!');
  if (negate) rule = rule.slice(1);
  const mustDir = rule.endsWith('/');
  if (mustDir) rule = rule.slice(0, -1);
  // A leading '/' anchors the rule at the chart's root: it is then matched against the whole path.
  const anchored = rule.startsWith('/');
  if (anchored) rule = rule.slice(1);
  const chunks = compile(rule);
  if (!chunks)
    throw new UserError(`'${line}' is not a valid pattern; helm package fails on it (syntax error in pattern)`, {
      file,
      line: lineNo,
      hint: "close each [ class with ], and escape a literal [ or a trailing \\ with '\\'",
    });
  return { negate, mustDir, whole: anchored || rule.includes('/'), chunks, min: chunks.reduce((n, c) => n + c.atoms.length, 0) };
}

/** filepath.Match syntax → chunks; undefined when Go would answer ErrBadPattern. */
function compile(pattern: string): Chunk[] | undefined {
  const p = codePoints(pattern);
  const chunks: Chunk[] = [];
  let current: Chunk = { star: false, atoms: [] };
  let i = 0;
  const escaped = (): number | undefined => {
    // One character of a class: '\' escapes the next; '-' and ']' must be escaped; the class must go on.
    if (i >= p.length || p[i] === 0x2d || p[i] === 0x5d) return undefined;
    if (p[i] === 0x5c) i++;
    if (i >= p.length) return undefined;
    const c = p[i++];
    return i < p.length ? c : undefined;
  };
  while (i < p.length) {
    const c = p[i];
    if (c === 0x2a) {
      // '*': a star run starts a new chunk.
      while (p[i] === 0x2a) i++;
      if (current.atoms.length > 0 || current.star) chunks.push(current);
      current = { star: true, atoms: [] };
      continue;
    }
    if (c === 0x3f) {
      current.atoms.push({ kind: 'any' });
      i++;
    } else if (c === 0x5c) {
      if (i + 1 >= p.length) return undefined;
      current.atoms.push({ kind: 'char', code: p[i + 1] });
      i += 2;
    } else if (c === 0x5b) {
      i++;
      const negated = p[i] === 0x5e;
      if (negated) i++;
      const ranges: [number, number][] = [];
      for (;;) {
        if (p[i] === 0x5d && ranges.length > 0) {
          i++;
          break;
        }
        const lo = escaped();
        if (lo === undefined) return undefined;
        let hi = lo;
        if (p[i] === 0x2d) {
          i++;
          const h = escaped();
          if (h === undefined) return undefined;
          hi = h;
        }
        ranges.push([lo, hi]);
      }
      current.atoms.push({ kind: 'class', negated, ranges });
    } else {
      current.atoms.push({ kind: 'char', code: c });
      i++;
    }
  }
  chunks.push(current);
  return chunks;
}

/**
 * filepath.Match over code points: each chunk is taken at the leftmost place
 * it fits (a `*` never crosses '/'); the last chunk must end the name. Each
 * chunk tries each start at most once, so the work is O(name × rule).
 */
function matches(rule: Rule, name: number[], path: string, spend: (n: number, path: string) => void): boolean {
  if (name.length < rule.min) return false;
  let pos = 0;
  const { chunks } = rule;
  for (let c = 0; c < chunks.length; c++) {
    const { star, atoms } = chunks[c];
    const last = c === chunks.length - 1;
    if (star && atoms.length === 0) {
      // A trailing '*' takes the rest of the name, if it holds no '/'.
      for (let k = pos; k < name.length; k++) if (name[k] === SLASH) return false;
      return true;
    }
    let found = -1;
    for (let at = pos; at + atoms.length <= name.length; at++) {
      if ((!last || at + atoms.length === name.length) && fits(atoms, name, at, path, spend)) {
        found = at;
        break;
      }
      if (!star || name[at] === SLASH) break;
    }
    if (found < 0) return false;
    pos = found + atoms.length;
  }
  return pos === name.length;
}

function fits(atoms: Atom[], name: number[], at: number, path: string, spend: (n: number, path: string) => void): boolean {
  spend(atoms.length, path);
  for (let k = 0; k < atoms.length; k++) {
    const a = atoms[k];
    const ch = name[at + k];
    if (a.kind === 'char') {
      if (ch !== a.code) return false;
    } else if (a.kind === 'any') {
      if (ch === SLASH) return false;
    } else {
      let inside = false;
      for (const [lo, hi] of a.ranges) if (lo <= ch && ch <= hi) inside = true;
      if (inside === a.negated) return false;
    }
  }
  return true;
}

function codePoints(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) out.push(ch.codePointAt(0)!);
  return out;
}

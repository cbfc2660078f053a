import { CommitParser, type Commit } from 'conventional-commits-parser';
import semver from 'semver';

/** How far one commit moves the version. */
export type Bump = 'major' | 'minor' | 'patch' | 'none';

/** A commit as git gives it: its id, parents and full message. */
export interface RawCommit {
  sha: string;
  parents: readonly string[];
  message: string;
}

/** One Conventional Commit read from a message (a nested block is a commit of its own with the same sha). */
export interface ParsedCommit {
  sha: string;
  /** type, lower-cased; undefined when the header is not a Conventional Commit. */
  type?: string;
  scope?: string;
  subject: string;
  header: string;
  breaking: boolean;
  /** The BREAKING CHANGE footer texts (or the subject for a `!` header without one). */
  breakingNotes: string[];
  /** Pull request number from a squash-merge subject `… (#123)`. */
  pr?: number;
  /** `Release-As: x.y.z` footer value. */
  releaseAs?: string;
  /** The commit a revert names (`This reverts commit <sha>`). */
  reverts?: string;
  /** The header a `Revert "…"` commit names, when it gives no sha. */
  revertsHeader?: string;
  /** True for a block between BEGIN_NESTED_COMMIT and END_NESTED_COMMIT. */
  nested: boolean;
}

// Footer keywords are matched case-sensitively: `breaking change:` in lower case is prose, not a footer
// (the parser's default pattern would take it). The `!` form comes from breakingHeaderPattern.
const parser = new CommitParser({
  headerPattern: /^(\w*)(?:\(([^()\r\n]*)\))?: (.*)$/,
  breakingHeaderPattern: /^(\w*)(?:\(([^()\r\n]*)\))?!: (.*)$/,
  headerCorrespondence: ['type', 'scope', 'subject'],
  noteKeywords: ['BREAKING CHANGE', 'BREAKING-CHANGE'],
  notesPattern: (keywords) => new RegExp(`^(${keywords}):\\s*([\\s\\S]*)`),
  revertPattern: /^(?:Revert|revert:)\s"?([\s\S]+?)"?\s*This reverts commit (\w+)\.?/,
  revertCorrespondence: ['header', 'hash'],
  // Merge subjects are not headers; the commits a merge brings are read on their own.
  mergePattern: /^Merge (?:pull request|branch|remote-tracking branch) .*$/,
});

const NESTED = /^BEGIN_NESTED_COMMIT[ \t]*\r?\n([\s\S]*?)\r?\n[ \t]*END_NESTED_COMMIT[ \t]*$/gm;
// What in a message's body can change what is read from it: a BREAKING CHANGE footer (the parser's note
// keywords), a Release-As footer, and the revert sentence. Matched loosely (any case, anywhere), so a body
// that might hold one is always parsed.
const BODY_MATTERS = /BREAKING[ -]CHANGE|Release-As|This reverts commit/i;
// First lines after which the parser reads the header from further down (a merge subject, a GPG line).
const HEADER_ELSEWHERE = /^(?:Merge |\s*gpg:)/;
const RELEASE_AS = /^Release-As:[ \t]*(\S+)[ \t]*$/im;
const PR_SUFFIX = /\(#(\d+)\)\s*$/;
const REVERTS_SHA = /This reverts commit ([0-9a-f]{7,64})/;

/**
 * Parses one commit message into Conventional Commits. Only the header and
 * the footers decide; lines in the body that look like headers (a squash of
 * several commits, quoted upstream notes) are ignored, except blocks between
 * BEGIN_NESTED_COMMIT and END_NESTED_COMMIT, which are commits of their own.
 */
export function parseCommitMessage(sha: string, message: string): ParsedCommit[] {
  const text = message.includes('\r') ? message.replace(/\r\n?/g, '\n') : message;
  const nestedBlocks: string[] = [];
  const outer = text.includes('BEGIN_NESTED_COMMIT')
    ? text.replace(NESTED, (_m, body: string) => {
        nestedBlocks.push(body);
        return '';
      })
    : text;
  const out: ParsedCommit[] = [];
  if (outer.trim() !== '') out.push(parseOne(sha, outer, false));
  for (const b of nestedBlocks) if (b.trim() !== '') out.push(parseOne(sha, b, true));
  return out;
}

/** The first line holding more than white space, trimmed ('' when there is none). */
function firstLine(message: string): string {
  const at = message.search(/\S/);
  if (at === -1) return '';
  const end = message.indexOf('\n', at);
  return message.slice(message.lastIndexOf('\n', at) + 1, end === -1 ? undefined : end).trim();
}

/**
 * What the parser is given: the whole message, or only its header when
 * nothing in the body can change the fields read here (no footer keyword,
 * Release-As or revert sentence, and a header the parser takes from the first
 * line). Most commits are like that, and their bodies (reference scans line
 * by line) were most of the parsing time on long histories.
 */
function parserInput(message: string): string {
  let start = 0;
  while (message[start] === '\n') start++;
  const end = message.indexOf('\n', start);
  if (end === -1) return message;
  const header = message.slice(start, end);
  if (header.trim() === '' || HEADER_ELSEWHERE.test(header) || BODY_MATTERS.test(message)) return message;
  return header;
}

function parseOne(sha: string, message: string, nested: boolean): ParsedCommit {
  const headerLine = firstLine(message);
  let c: Commit;
  try {
    c = parser.parse(parserInput(message));
  } catch {
    return { sha, subject: headerLine, header: headerLine, breaking: false, breakingNotes: [], nested };
  }
  const type = typeof c.type === 'string' && c.type !== '' ? c.type.toLowerCase() : undefined;
  const header = c.header ?? headerLine;
  const bang = /^\w+(?:\([^()]*\))?!: /.test(header);
  // The parser reads notes anywhere after the header; a footer keyword must start its line, which the pattern demands.
  const notes = c.notes
    .filter((n) => n.title === 'BREAKING CHANGE' || n.title === 'BREAKING-CHANGE')
    .map((n) => n.text.replace(PR_SUFFIX, '').trim());
  const subject = (typeof c.subject === 'string' && c.subject) || header;
  const pr = PR_SUFFIX.exec(header);
  const releaseAs = c.footer ? RELEASE_AS.exec(c.footer) : null;
  const revertSha = REVERTS_SHA.exec(message);
  const isRevert = type === 'revert' || /^Revert "/.test(header);
  return {
    sha,
    type: isRevert ? 'revert' : type,
    scope: typeof c.scope === 'string' && c.scope !== '' ? c.scope : undefined,
    subject: subject.replace(PR_SUFFIX, '').trim(),
    header,
    breaking: type !== undefined && (bang || notes.length > 0),
    breakingNotes: notes.length > 0 ? notes.filter((n) => n !== '') : bang ? [subject.replace(PR_SUFFIX, '').trim()] : [],
    pr: pr ? Number(pr[1]) : undefined,
    releaseAs: releaseAs ? releaseAs[1] : undefined,
    reverts: isRevert && revertSha ? revertSha[1] : undefined,
    revertsHeader: isRevert ? (c.revert?.header ?? (type === 'revert' ? subject : undefined) ?? undefined) : undefined,
    nested,
  };
}

/** What one commit asks for, before the 0.x rule. */
export function commitBump(c: ParsedCommit): Bump {
  if (c.type === undefined) return 'none';
  if (c.breaking) return 'major';
  if (c.type === 'feat') return 'minor';
  if (c.type === 'fix' || c.type === 'perf' || c.type === 'revert') return 'patch';
  return 'none';
}

const ORDER: Record<Bump, number> = { none: 0, patch: 1, minor: 2, major: 3 };

/** The larger of two bumps. */
export function maxBump(a: Bump, b: Bump): Bump {
  return ORDER[a] >= ORDER[b] ? a : b;
}

/** The commits of a range, analysed: what counts, what was cancelled by a revert, and the resulting bump. */
export interface Analysis {
  commits: ParsedCommit[];
  /** Commits left out because a revert in the same range cancels them (both sides). */
  cancelled: ParsedCommit[];
  bump: Bump;
  /** The highest `Release-As` footer value, when one is given. */
  releaseAs?: string;
}

/**
 * Analyses the commits of a range (newest first, as git log lists them):
 * merge commits are skipped (the commits they bring are in the range
 * themselves), a revert and the commit it names cancel out when both are in
 * the range, and the bump is the largest any remaining commit asks for.
 */
export function analyzeCommits(raw: readonly RawCommit[]): Analysis {
  const a = new CommitAnalyzer();
  for (const r of raw) a.add(r);
  return a.analysis();
}

/**
 * analyzeCommits one commit at a time, as git log prints them: each message
 * is parsed when it comes and only what was read from it is kept, not the
 * message. `analysis` decides once every commit of the range was added.
 */
export class CommitAnalyzer {
  private readonly parsed: ParsedCommit[] = [];
  /** One string per type and scope: a range of 100,000 commits has a few dozen of each, not 100,000 copies. */
  private readonly names = new Map<string, string>();
  /** Commits added, merges included. */
  count = 0;

  add(r: RawCommit): void {
    this.count++;
    if (r.parents.length > 1) return;
    for (const c of parseCommitMessage(r.sha, r.message)) {
      const type = c.type === undefined ? undefined : this.name(c.type);
      const scope = c.scope === undefined ? undefined : this.name(c.scope);
      // A message with more than its header (and a line ending): the header read from it is a slice holding all of it.
      this.parsed.push(new StoredCommit(c, type, scope, r.message.length > c.header.length + 2));
    }
  }

  private name(s: string): string {
    const known = this.names.get(s);
    if (known !== undefined) return known;
    this.names.set(s, s);
    return s;
  }

  analysis(): Analysis {
    return analyzeParsed(this.parsed);
  }
}

/** What few commits carry (breaking notes, Release-As, a revert's target, a subject not within the header). */
interface Rare {
  subject?: string;
  breakingNotes?: readonly string[];
  releaseAs?: string;
  reverts?: string;
  revertsHeader?: string;
}

/**
 * A parsed commit as an analyzer keeps it for the rest of the run (a range of
 * 100,000 commits holds 100,000 of them until the result is printed): its
 * sha, its header as a string of its own (not a slice holding the whole
 * message), type and scope shared, the subject as where it sits in the
 * header, and what few commits carry in one object beside. It reads as the
 * ParsedCommit it was made of, and prints as it (toJSON: the same keys in the
 * same order).
 */
class StoredCommit implements ParsedCommit {
  readonly sha: string;
  readonly header: string;
  type?: string;
  scope?: string;
  readonly pr?: number;
  readonly breaking: boolean;
  readonly nested: boolean;
  /** Where the subject starts and ends in the header; -1 when it is not in it (then it is in `rare`). */
  private readonly subjectStart: number;
  private readonly subjectEnd: number;
  private readonly rare?: Rare;

  /** `copy`: the header is a slice of a longer message, which a copy of its own lets go. */
  constructor(c: ParsedCommit, type: string | undefined, scope: string | undefined, copy: boolean) {
    this.sha = c.sha;
    this.header = copy ? Buffer.from(c.header, 'utf8').toString('utf8') : c.header;
    this.type = type;
    this.scope = scope;
    this.pr = c.pr;
    this.breaking = c.breaking;
    this.nested = c.nested;
    this.subjectStart = this.header.indexOf(c.subject);
    this.subjectEnd = this.subjectStart === -1 ? -1 : this.subjectStart + c.subject.length;
    const rare: Rare = {};
    if (this.subjectStart === -1) rare.subject = c.subject;
    if (c.breakingNotes.length > 0) rare.breakingNotes = c.breakingNotes;
    if (c.releaseAs !== undefined) rare.releaseAs = c.releaseAs;
    if (c.reverts !== undefined) rare.reverts = c.reverts;
    if (c.revertsHeader !== undefined) rare.revertsHeader = c.revertsHeader;
    if (Object.keys(rare).length > 0) this.rare = rare;
  }

  get subject(): string {
    return this.subjectStart === -1 ? this.rare!.subject! : this.header.slice(this.subjectStart, this.subjectEnd);
  }

  get breakingNotes(): string[] {
    return [...(this.rare?.breakingNotes ?? [])];
  }

  get releaseAs(): string | undefined {
    return this.rare?.releaseAs;
  }

  get reverts(): string | undefined {
    return this.rare?.reverts;
  }

  get revertsHeader(): string | undefined {
    return this.rare?.revertsHeader;
  }

  /** The ParsedCommit it was made of, as a plain object: what JSON.stringify prints of it. */
  toJSON(): ParsedCommit {
    return {
      sha: this.sha,
      type: this.type,
      scope: this.scope,
      subject: this.subject,
      header: this.header,
      breaking: this.breaking,
      breakingNotes: this.breakingNotes,
      pr: this.pr,
      releaseAs: this.releaseAs,
      reverts: this.reverts,
      revertsHeader: this.revertsHeader,
      nested: this.nested,
    };
  }
}

function analyzeParsed(parsed: readonly ParsedCommit[]): Analysis {
  const cancelled = new Set<ParsedCommit>();
  // Squash merges append "(#N)" to a header; the revert of "feat: x (#12)" may read "revert: feat: x (#12) (#15)".
  const bare = (header: string) => {
    // One suffix at a time (a single regex over repeated "(#N)" groups and spaces backtracks on long headers).
    let t = header.trim();
    for (let m = /\(#\d+\)$/.exec(t); m; m = /\(#\d+\)$/.exec(t)) t = t.slice(0, m.index).trimEnd();
    return t;
  };
  const bares: (string | undefined)[] = [];
  for (const [i, c] of parsed.entries()) {
    if (c.type !== 'revert' || cancelled.has(c)) continue;
    // A revert cancels a commit made before it (later in this newest-first list): by its sha when the
    // message names one ("This reverts commit <sha>"), else by the reverted header.
    const header = c.reverts || c.revertsHeader === undefined ? undefined : bare(c.revertsHeader);
    if (!c.reverts && !header) continue;
    let target: ParsedCommit | undefined;
    for (let j = i + 1; j < parsed.length && !target; j++) {
      const o = parsed[j];
      if (!cancelled.has(o) && (c.reverts ? o.sha.startsWith(c.reverts) : (bares[j] ??= bare(o.header)) === header)) target = o;
    }
    if (target) {
      cancelled.add(c);
      cancelled.add(target);
    }
  }
  const commits = parsed.filter((c) => !cancelled.has(c));
  let bump: Bump = 'none';
  let releaseAs: string | undefined;
  for (const c of commits) {
    bump = maxBump(bump, commitBump(c));
    if (c.releaseAs && semver.valid(c.releaseAs) && (!releaseAs || semver.gt(c.releaseAs, releaseAs)))
      releaseAs = semver.valid(c.releaseAs)!;
  }
  return { commits, cancelled: parsed.filter((c) => cancelled.has(c)), bump, releaseAs };
}

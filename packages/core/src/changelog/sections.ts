// A changelog read back as data: each version section's bullet entries, which
// of them are breaking, and the pull requests they cite. promote/whats-in.ts
// lists what a promotion brings (or takes away) from these.

import compare from 'semver/functions/compare.js';
import valid from 'semver/functions/valid.js';
import { versionHeadings } from './headings.ts';

/** One bullet of a version section, as plain text (its Markdown links reduced to their text). */
export interface SectionEntry {
  /** The entry's words, markup removed; still untrusted text (escape it where it is shown). */
  text: string;
  /** Under a "BREAKING CHANGES" group, or written as a breaking change (`BREAKING:`, `**Breaking**`, `!:`). */
  breaking: boolean;
  /** Pull requests the entry cites: `(#12)`, `[#12](…/pull/12)`, `…/pull/12`. */
  pulls: number[];
}

/** One version's section. */
export interface VersionSection {
  version: string;
  entries: SectionEntry[];
}

const BREAKING_GROUP = /breaking/i;
const BREAKING_TEXT = /^(?:\*\*|__)?(?:⚠\s*)?breaking(?:[ _-]changes?)?\b|^\w+(?:\([^)]*\))?!:/i;

/** A bullet's text without Markdown link targets, emphasis or code marks, and the pull requests it cites. */
function plainEntry(raw: string): { text: string; pulls: number[] } {
  const pulls = new Set<number>();
  for (const m of raw.matchAll(/\/pull\/(\d{1,9})\b/g)) pulls.add(Number(m[1]));
  for (const m of raw.matchAll(/(?<![\w/&])#(\d{1,9})\b/g)) pulls.add(Number(m[1]));
  const text = raw
    // Links keep their text; a reference to a pull request or a commit (`([#12](…))`, `([abc1234](…))`) goes: it is listed apart.
    .replace(/\s*\(\[(?:#\d+|[0-9a-f]{7,40})\]\([^)]*\)\)/g, '')
    .replace(/\s*\((?:#\d+|[0-9a-f]{7,40})\)/g, '')
    // A link target may hold one level of parentheses (`javascript:alert(1)`), as CommonMark allows.
    .replace(/!?\[([^\]]*)\]\((?:[^()\s]|\([^()\s]*\))*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    // Code spans keep their text as it is; outside them a backslash escape (`\*`, `\_`, written by the
    // release notes) stands for the character alone: the text is shown escaped once, where it is shown.
    .split(/(`[^`]*`)/)
    .map((part, i) => (i % 2 === 1 ? part.slice(1, -1) : part.replace(/\\([!-/:-@[-`{-~])/g, '$1')))
    .join('')
    .trim();
  return { text, pulls: [...pulls] };
}

/**
 * Every version section of a changelog in file order, with its top-level
 * bullets. A group heading naming breaking changes (`### ⚠ BREAKING
 * CHANGES`) marks the bullets under it breaking; so does a bullet that says
 * so itself. Lines inside code fences are skipped with their headings.
 */
export function versionSections(text: string): VersionSection[] {
  const index = indexSections(text);
  return index.headings.map((_, i) => sectionAt(index, i));
}

/** A changelog's text and version headings, found once; a section's bullets are parsed only when asked for. */
export interface SectionIndex {
  /** The text without its BOM: where the headings' offsets point. */
  text: string;
  headings: ReturnType<typeof versionHeadings>;
}

/**
 * The headings of `text`, for sectionAt and sectionsInRange. No line array is
 * kept: a section's lines are split out of the text when it is parsed, so an
 * index of a 3.5 MB CHANGELOG.md holds the text and its few hundred headings,
 * not 84,000 line strings.
 */
export function indexSections(text: string): SectionIndex {
  const body = text.replace(/^\ufeff/, '');
  return { text: body, headings: versionHeadings(body) };
}

/** The offset just past the line break of the line at `offset` (the text's length on its last line). */
function nextLineStart(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  return end < 0 ? text.length : end + 1;
}

/** The `i`th version section of an index, its bullets parsed. */
function sectionAt({ text, headings }: SectionIndex, i: number): VersionSection {
  const h = headings[i];
  // From the line after the heading (and after a setext heading's underline) to the next heading's line.
  const from = h.underline === undefined ? nextLineStart(text, h.offset) : nextLineStart(text, nextLineStart(text, h.offset));
  const end = i + 1 < headings.length ? headings[i + 1].offset : text.length;
  const lines = from < end ? text.slice(from, end).split(/\r?\n/) : [];
  const entries: SectionEntry[] = [];
  let breakingGroup = false;
  let fence = false;
  for (const line of lines) {
    if (/^ {0,3}(`{3,}|~{3,})/.test(line)) fence = !fence;
    if (fence) continue;
    const group = /^#{1,6}[ \t]+(.*)$/.exec(line);
    if (group) {
      // A heading above the section's level (a prose `## Notes` after the last version) ends it.
      if (/^#+/.exec(line)![0].length <= h.level) break;
      breakingGroup = BREAKING_GROUP.test(group[1]);
      continue;
    }
    const bullet = /^ {0,1}[-*+][ \t]+(.+)$/.exec(line);
    if (!bullet) continue;
    const { text: words, pulls } = plainEntry(bullet[1]);
    entries.push({ text: words, breaking: breakingGroup || BREAKING_TEXT.test(bullet[1].trim()), pulls });
  }
  return { version: h.version, entries };
}

/**
 * sectionsBetween(versionSections(text), from, to) without parsing the
 * bullets of the sections outside the range: a promotion between two
 * releases of a long changelog reads two sections, not hundreds.
 */
export function sectionsInRange(index: SectionIndex, from: string, to: string): VersionSection[] {
  const lo = valid(from);
  const hi = valid(to);
  if (!lo || !hi || compare(lo, hi) >= 0) return [];
  const inRange = index.headings.flatMap((h, i) => (compare(h.version, lo) > 0 && compare(h.version, hi) <= 0 ? [i] : []));
  return sectionsBetween(
    inRange.map((i) => sectionAt(index, i)),
    lo,
    hi,
  );
}

/**
 * The sections strictly after `from` up to and including `to` (SemVer
 * order), newest first: what moving from `from` to `to` brings. Empty when
 * either is not a version or `to` is not newer.
 */
export function sectionsBetween(sections: readonly VersionSection[], from: string, to: string): VersionSection[] {
  const lo = valid(from);
  const hi = valid(to);
  if (!lo || !hi || compare(lo, hi) >= 0) return [];
  const seen = new Set<string>();
  return sections
    .filter((s) => compare(s.version, lo) > 0 && compare(s.version, hi) <= 0 && !seen.has(s.version) && seen.add(s.version))
    .sort((a, b) => compare(b.version, a.version));
}

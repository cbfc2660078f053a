import { diffArrays } from 'diff';
import { versionHeadings, type VersionHeading } from './headings.ts';
import { frame, stripBom } from '../text/bytes.ts';

/** One changelog entry and the Keep a Changelog group it sits in (also an Artifact Hub change kind). */
export interface ChangeEntry {
  kind: 'added' | 'changed' | 'deprecated' | 'removed' | 'fixed' | 'security';
  text: string;
}

/** What a release section should hold. */
export interface ReleaseRequest {
  version: string;
  /** YYYY-MM-DD, from the caller's clock. */
  date: string;
  /** Entries always added to the new section. */
  entries?: readonly string[];
  /** Entries added only when `## [Unreleased]` is empty or absent (a default line). */
  fallbackEntries?: readonly string[];
  /** Create a Keep a Changelog file when there is none (undefined or blank text). */
  create?: boolean;
  /** Names what the created file is about, e.g. "the myapp chart". */
  subject?: string;
}

export interface ReleaseResult {
  /** The new text; undefined when there was no file and none should be created. */
  text: string | undefined;
  /** The entries of the version's section (new, or the one already there). */
  entries: ChangeEntry[];
  /** False when the section already existed or nothing was asked for. */
  changed: boolean;
}

const UNRELEASED = /^(#{1,4})[ \t]+\[?unreleased\]?(?=[ \t(]|$)/i;
const LINK_REF = /^\[([^\]]+)\]:[ \t]*(\S+)/;
const KINDS: Record<string, ChangeEntry['kind']> = {
  added: 'added',
  changed: 'changed',
  changes: 'changed',
  deprecated: 'deprecated',
  removed: 'removed',
  fixed: 'fixed',
  security: 'security',
  // release-please / conventional-changelog group names
  features: 'added',
  feature: 'added',
  bug: 'fixed',
  deprecations: 'deprecated',
  reverts: 'removed',
};

/**
 * Adds the section for `version` to a changelog, pure text in and out:
 * moves `## [Unreleased]` content into `## [X.Y.Z] - date` (or adds the
 * entries), writes the heading in the style the newest section already uses
 * (`## 1.2.3 (date)`, `## v1.2.3`, …), and keeps compare link references at
 * the bottom current. A file that already has the section is returned as is,
 * so a re-run changes nothing. Line endings, a BOM and the final newline stay.
 */
export function releaseChangelog(text: string | undefined, req: ReleaseRequest): ReleaseResult {
  if (text === undefined || stripBom(text).trim() === '') {
    if (!req.create) return { text, entries: [], changed: false };
    const entries = [...(req.entries ?? []), ...(req.entries?.length ? [] : (req.fallbackEntries ?? []))];
    const eol = text?.includes('\r\n') ? '\r\n' : '\n';
    const bom = text === undefined ? '' : frame(text).bom;
    const lines = [
      '# Changelog',
      '',
      `All notable changes to ${req.subject ?? 'this project'} are documented in this file.`,
      '',
      'The format is based on [Keep a Changelog](https://keepachangelog.com/en/1.1.0/),',
      'and this project adheres to [Semantic Versioning](https://semver.org/spec/v2.0.0.html).',
      '',
      '## [Unreleased]',
      '',
      `## [${req.version}] - ${req.date}`,
      '',
      '### Changed',
      '',
      ...entries.map((e) => `- ${e}`),
      '',
    ];
    return { text: bom + lines.join(eol), entries: entries.map((t) => ({ kind: 'changed', text: t })), changed: true };
  }
  // New lines take the file's first line ending; existing lines keep their own (see joinLines).
  const { bom, body, eol } = frame(text);
  const lines = body.split(/\r?\n/);
  const headings = versionHeadings(lines.join('\n'));
  const existing = headings.find((h) => h.version === req.version);
  if (existing) return { text, entries: sectionEntries(lines, existing.line - 1, existing.level), changed: false };

  const newest = headings[0];
  const uIdx = lines.findIndex((l) => UNRELEASED.test(l));
  const uLevel = uIdx >= 0 ? UNRELEASED.exec(lines[uIdx])![1].length : undefined;
  // `## [Unreleased](…/compare/v1.2.3...HEAD)`: the heading's own compare link now starts at the new tag.
  if (uIdx >= 0)
    lines[uIdx] = lines[uIdx].replace(
      /\((https?:[^)\s]*\/compare\/)(\S+?)(\.\.\.?)HEAD\)/,
      (_, base: string, from: string, dots: string) => `(${base}${tagFor(from, req.version)}${dots}HEAD)`,
    );
  const level = newest?.level ?? uLevel ?? 2;
  const refStart = linkRefBlockStart(lines);

  // What the new section holds: Unreleased content moved over, plus explicit entries.
  let uEnd = uIdx;
  let moved: string[] = [];
  if (uIdx >= 0) {
    uEnd = sectionEnd(lines, uIdx, uLevel!, refStart);
    moved = trimBlank(lines.slice(uIdx + 1, uEnd));
  }
  const bullet = detectBullet(lines);
  // An entry already written under Unreleased (the same bullet text) is not added twice.
  const explicit = (req.entries ?? []).filter((e) => !moved.some((l) => l.replace(/^[ \t]*[-*+][ \t]+/, '').trim() === e.trim()));
  const added = moved.length > 0 ? explicit : [...explicit, ...(explicit.length ? [] : (req.fallbackEntries ?? []))];
  const usesGroups = newest ? sectionUsesGroups(lines, newest) : newestStyleIsKeep(uIdx, lines);
  const groups = groupStyle(lines, level + 1);
  let content = [...moved];
  if (added.length > 0) {
    const items = added.map((e) => `${bullet} ${e}`);
    const groupHeading = [`${'#'.repeat(level + 1)} ${groups.changedName}`, ...(groups.blankAfter ? [''] : [])];
    if (content.length === 0) content = usesGroups ? [...groupHeading, ...items] : items;
    else if (content.some((l) => isGroupHeading(l, level + 1))) content = addToChangedGroup(content, items, groupHeading, level + 1);
    else content = [...content, ...(endsWithBullet(content) ? [] : ['']), ...items];
  }
  const heading = renderHeading(newest, level, req.version, req.date, lines[uIdx]);
  // An `## [Unreleased]` section is kept (emptied) where the file has one, never added to a file that had none.
  const section = [heading, ...underlineFor(newest, heading), '', ...content];

  let out: string[];
  if (uIdx >= 0) {
    const after = lines.slice(uEnd);
    out = [
      ...lines.slice(0, uIdx + 1),
      '',
      ...section,
      ...(after.length && after.some((l) => l.trim() !== '') ? [''] : []),
      ...trimLeadingBlank(after),
    ];
  } else if (newest) {
    const at = newest.line - 1;
    out = [...lines.slice(0, at), ...section, '', ...lines.slice(at)];
  } else {
    const at = refStart >= 0 ? refStart : lines.length;
    const before = trimTrailingBlank(lines.slice(0, at));
    const rest = lines.slice(at);
    out = [...before, ...(before.length ? [''] : []), ...section, '', ...(rest.length ? rest : [''])];
    if (rest.length === 0 && out[out.length - 1] === '' && out[out.length - 2] === '') out.pop();
  }
  out = updateLinkRefs(out, newest?.version, req.version, heading);
  // The final newline stays as it was: present if it was, absent if it was not.
  const hadFinal = lines[lines.length - 1] === '';
  if (hadFinal && out[out.length - 1] !== '') out.push('');
  if (!hadFinal) while (out.length > 1 && out[out.length - 1] === '') out.pop();
  const entries = sectionEntries(out, out.indexOf(heading), level);
  return { text: bom + joinLines(body, lines, out, eol), entries, changed: true };
}

/** A group heading (`### Fixed`) at `level` inside a version section. */
function isGroupHeading(line: string, level: number): boolean {
  return new RegExp(`^#{${level}}[ \\t]+\\w`).test(line);
}

/**
 * How the file writes its groups: whether a blank line follows a group
 * heading (most of its headings decide; Keep a Changelog's blank line when it
 * has none), and the name it gives the group of plain changes (`Changed`,
 * `Changes`, …; `Changed` when it uses none).
 */
function groupStyle(lines: string[], level: number): { blankAfter: boolean; changedName: string } {
  let blank = 0;
  let tight = 0;
  let changedName: string | undefined;
  lines.forEach((l, i) => {
    if (!isGroupHeading(l, level)) return;
    if ((lines[i + 1] ?? '').trim() === '') blank++;
    else tight++;
    const name = l.replace(/^#+[ \t]+/, '').trim();
    if (changedName === undefined && KINDS[name.split(/\s/)[0].toLowerCase()] === 'changed') changedName = name;
  });
  return { blankAfter: blank >= tight, changedName: changedName ?? 'Changed' };
}

/**
 * Adds entries to grouped content: at the end of the group of plain changes
 * when the content has one (under the name it already uses), else in a new
 * group after the others, so an entry never lands in another kind's group.
 */
function addToChangedGroup(content: string[], items: string[], heading: string[], level: number): string[] {
  const at = content.findIndex(
    (l) =>
      isGroupHeading(l, level) &&
      KINDS[
        l
          .replace(/^#+[ \t]+/, '')
          .split(/\s/)[0]
          .toLowerCase()
      ] === 'changed',
  );
  if (at < 0) return [...content, '', ...heading, ...items];
  let end = content.findIndex((l, i) => i > at && /^#{1,6}[ \t]/.test(l));
  if (end < 0) end = content.length;
  let last = end;
  while (last > at + 1 && content[last - 1].trim() === '') last--;
  return [...content.slice(0, last), ...items, ...content.slice(last)];
}

function newestStyleIsKeep(uIdx: number, lines: string[]): boolean {
  return uIdx < 0 || /\[unreleased\]/i.test(lines[uIdx]);
}

function sectionEnd(lines: string[], start: number, level: number, refStart: number): number {
  // A setext heading's underline belongs to it, not to its section.
  const first = SETEXT_UNDERLINE.test(lines[start + 1] ?? '') ? start + 2 : start + 1;
  for (let i = first; i < lines.length; i++) {
    if (refStart >= 0 && i >= refStart) return i;
    const m = /^(#{1,6})[ \t]/.exec(lines[i]);
    if (m && m[1].length <= level) return i;
    // A setext heading (text over `===` / `---`) of this level or above ends the section too.
    const u = SETEXT_UNDERLINE.exec(lines[i + 1] ?? '');
    if (
      u &&
      lines[i].trim() !== '' &&
      !/^ {0,3}(?:[-*+>]|\d+[.)])(?:[ \t]|$)/.test(lines[i]) &&
      (lines[i - 1] ?? '').trim() === '' &&
      (u[1][0] === '=' ? 1 : 2) <= level
    )
      return i;
  }
  return lines.length;
}

const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;

/** The underline for a new setext heading, like the newest one's: same character, its length following the text where it did. */
function underlineFor(newest: VersionHeading | undefined, heading: string): string[] {
  if (newest?.underline === undefined) return [];
  const u = newest.underline.trim();
  return [u.length === newest.raw.trim().length ? u[0].repeat(Math.max(3, heading.trim().length)) : newest.underline];
}

/** The first line of the trailing block of `[label]: url` references, or -1. */
function linkRefBlockStart(lines: string[]): number {
  let i = lines.length - 1;
  while (i >= 0 && lines[i].trim() === '') i--;
  let start = -1;
  while (i >= 0 && (LINK_REF.test(lines[i]) || lines[i].trim() === '')) {
    if (LINK_REF.test(lines[i])) start = i;
    i--;
  }
  return start;
}

function trimBlank(ls: string[]): string[] {
  return trimTrailingBlank(trimLeadingBlank(ls));
}
function trimLeadingBlank(ls: string[]): string[] {
  let i = 0;
  while (i < ls.length && ls[i].trim() === '') i++;
  return ls.slice(i);
}
function trimTrailingBlank(ls: string[]): string[] {
  let j = ls.length;
  while (j > 0 && ls[j - 1].trim() === '') j--;
  return ls.slice(0, j);
}

function endsWithBullet(ls: string[]): boolean {
  return /^[ \t]*[-*+][ \t]/.test(ls[ls.length - 1] ?? '');
}

function detectBullet(lines: string[]): string {
  for (const l of lines) {
    const m = /^([-*+])[ \t]+\S/.exec(l);
    if (m) return m[1];
  }
  return '-';
}

function sectionUsesGroups(lines: string[], h: VersionHeading): boolean {
  const end = sectionEnd(lines, h.line - 1, h.level, -1);
  return lines.slice(h.line, end).some((l) => new RegExp(`^#{${h.level + 1}}[ \\t]`).test(l));
}

/**
 * The heading for the new version in the file's own style: the newest
 * heading with its version and date replaced (and a compare link in it moved
 * on), or Keep a Changelog's `## [X.Y.Z] - date` when there is none.
 */
function renderHeading(
  newest: VersionHeading | undefined,
  level: number,
  version: string,
  date: string,
  unreleased: string | undefined,
): string {
  if (!newest) {
    const hashes = '#'.repeat(level);
    return unreleased && !/\[unreleased\]/i.test(unreleased) ? `${hashes} ${version} - ${date}` : `${hashes} [${version}] - ${date}`;
  }
  const prev = newest.version;
  const at = newest.raw.indexOf(prev);
  let h = newest.raw.slice(0, at) + version + newest.raw.slice(at + prev.length);
  h = h.replace(/\((https?:[^)\s]*)\)/g, (_, url: string) => `(${moveUrl(url, prev, version)})`);
  h = h.replace(/\b\d{4}-\d{2}-\d{2}\b/, date);
  return h;
}

/** A compare or tag URL for the previous version, moved on to the new one. */
function moveUrl(url: string, prev: string, version: string): string {
  const cmp = /^(.*\/compare\/)(\S+?)(\.\.\.?)(\S+)$/.exec(url);
  if (cmp) {
    const to = cmp[4];
    if (to === 'HEAD') return `${cmp[1]}${tagFor(cmp[2], version)}${cmp[3]}HEAD`;
    return `${cmp[1]}${to}${cmp[3]}${to.includes(prev) ? to.replace(prev, version) : tagFor(to, version)}`;
  }
  return url.includes(prev) ? url.replace(prev, version) : url;
}

/** `v1.2.3` → `v<version>`, `mychart-1.2.3` → `mychart-<version>`. */
function tagFor(tag: string, version: string): string {
  const m = /^(.*?)v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)$/.exec(tag);
  if (!m) return version;
  const v = /v\d/.test(tag.slice(m[1].length, m[1].length + 2)) ? 'v' : '';
  return `${m[1]}${v}${version}`;
}

/**
 * Keeps `[Unreleased]: …/compare/vA...HEAD` and `[A]: …` references current:
 * Unreleased now compares from the new tag, and the new version gets its own
 * reference. Files without references are left alone.
 */
function updateLinkRefs(lines: string[], prev: string | undefined, version: string, heading: string): string[] {
  const label = /\[([^\]]+)\]/.exec(heading)?.[1];
  if (!label || !label.includes(version)) return lines;
  if (lines.some((l) => LINK_REF.exec(l)?.[1] === label)) return lines;
  const out = [...lines];
  const uRef = out.findIndex((l) => /^unreleased$/i.test(LINK_REF.exec(l)?.[1] ?? ''));
  if (uRef >= 0) {
    const url = LINK_REF.exec(out[uRef])![2];
    const cmp = /^(.*\/compare\/)(\S+?)(\.\.\.?)HEAD$/.exec(url);
    if (!cmp) return out;
    const fromTag = cmp[2];
    const newTag = tagFor(fromTag, version);
    out[uRef] = out[uRef].replace(url, `${cmp[1]}${newTag}${cmp[3]}HEAD`);
    out.splice(uRef + 1, 0, `[${label}]: ${cmp[1]}${fromTag}${cmp[3]}${newTag}`);
    return out;
  }
  if (!prev) return out;
  const prevRef = out.findIndex((l) => {
    const m = LINK_REF.exec(l);
    return m !== null && m[1].replace(/^v/, '') === prev;
  });
  if (prevRef < 0) return out;
  const url = LINK_REF.exec(out[prevRef])![2];
  out.splice(prevRef, 0, `[${label}]: ${moveUrl(url, prev, version)}`);
  return out;
}

/** The bullet entries of the section whose heading is at `index`, with their Keep a Changelog group. */
function sectionEntries(lines: string[], index: number, level: number): ChangeEntry[] {
  if (index < 0) return [];
  const end = sectionEnd(lines, index, level, linkRefBlockStart(lines));
  const out: ChangeEntry[] = [];
  let kind: ChangeEntry['kind'] = 'changed';
  for (const l of lines.slice(index + 1, end)) {
    const g = /^#{2,6}[ \t]+(\w+)/.exec(l);
    if (g) {
      kind = KINDS[g[1].toLowerCase()] ?? 'changed';
      continue;
    }
    const b = /^[ ]?[-*+][ \t]+(.+)$/.exec(l);
    if (b) out.push({ kind, text: b[1].trim() });
  }
  return out;
}

/**
 * Joins the new lines with `eol`, except in a file with mixed line endings
 * (a CRLF line pasted into an LF file): there every line kept from the file
 * gets its own ending back, so only the added lines show in the diff.
 */
function joinLines(body: string, original: string[], out: string[], eol: string): string {
  const crlf = (body.match(/\r\n/g) ?? []).length;
  const lf = (body.match(/\n/g) ?? []).length;
  if (crlf === 0 || crlf === lf) return out.join(eol);
  const endings: string[] = [];
  for (let i = body.indexOf('\n'); i !== -1; i = body.indexOf('\n', i + 1)) endings.push(body[i - 1] === '\r' ? '\r\n' : '\n');
  const ends: string[] = [];
  let o = 0;
  for (const part of diffArrays(original, out)) {
    if (part.removed) o += part.count ?? part.value.length;
    else if (part.added) for (let k = 0; k < part.value.length; k++) ends.push(eol);
    else for (let k = 0; k < part.value.length; k++) ends.push(endings[o++] ?? eol);
  }
  return out.map((l, i) => (i < out.length - 1 ? l + ends[i] : l)).join('');
}

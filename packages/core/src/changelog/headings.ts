import valid from 'semver/functions/valid.js';

/** The heading styles real changelogs use for a version section. */
export type HeadingStyle =
  | 'keepachangelog' // ## [1.2.3] - 2024-05-21
  | 'parens' //         ## 1.2.3 (2024-05-21)
  | 'v' //              ## v1.2.3   (optionally followed by a date or text)
  | 'plain' //          ## 1.2.3    (optionally followed by ` - date`)
  | 'date-first'; //    ## 2024-05-21 — 1.2.3, ## [2024-05-21] 1.2.3

/** A version section heading found in a changelog. */
export interface VersionHeading {
  version: string;
  /** 1-based line of the heading. */
  line: number;
  /** Offset of the heading's first character in the text. */
  offset: number;
  /** Number of `#` characters. */
  level: number;
  style: HeadingStyle;
  /** The heading line as written, without its line break (for a setext heading, its text line). */
  raw: string;
  /** For a setext heading (`1.2.3` over `=====` or `-----`): the underline as written. */
  underline?: string;
}

// The text of a version heading: `[1.2.3] - 2024-05-21`, `[v1.2.3](https://…) (2024-05-21)`, `1.2.3 (2024-05-21)`, `v1.2.3`,
// `Version 1.2.3`, bitnami/charts' `<small>1.2.3 (2024-05-21)</small>`, and date-first `2024-05-21 — 1.2.3` / `[2024-05-21] 1.2.3`.
const TEXT =
  /^(?:<small>[ \t]*)?(?:version[ \t]+|release[ \t]+)?(\[?\d{4}-\d{2}-\d{2}\]?[ \t]*(?:[-–—:|][ \t]*)?)?(\[)?(v)?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)\]?(?:\([^)]*\))?(.*)$/i;
const ATX = /^(#{1,4})[ \t]+(.*)$/;
const UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;

/**
 * Lists the version headings of a changelog in file order. A heading counts
 * when its first token is a SemVer version (or a date, then the version),
 * bracketed or not, with or without a leading `v`; ATX (`## 1.2.3`) and setext
 * (`1.2.3` underlined with `===` or `---`) headings both count. `[Unreleased]`,
 * prose headings and anything inside code fences are skipped.
 */
export function versionHeadings(text: string): VersionHeading[] {
  const out: VersionHeading[] = [];
  // The open code fence (CommonMark: ``` or ~~~, 3 or more, indented at most 3 spaces),
  // closed only by the same character at least as long with nothing after it.
  let fence: string | undefined;
  let previousBlank = true;
  // Line by line in place: a 3.5 MB CHANGELOG.md of 84,000 lines split into arrays (one per reading) was
  // megabytes of strings outliving the young generation, where one line at a time dies in it.
  let offset = 0;
  let i = 0;
  let line: string | undefined = lineAt(text, 0);
  while (line !== undefined) {
    const end = text.indexOf('\n', offset);
    const nextOffset = end < 0 ? -1 : end + 1;
    const next = nextOffset < 0 ? undefined : lineAt(text, nextOffset);
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    let heading: { level: number; text: string; underline?: string } | undefined;
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = undefined;
    } else if (marker && !(marker[0] === '`' && line.slice(line.indexOf(marker) + marker.length).includes('`'))) {
      fence = marker;
    } else {
      const atx = ATX.exec(line);
      const under = next !== undefined ? UNDERLINE.exec(next) : null;
      if (atx) heading = { level: atx[1].length, text: atx[2] };
      // A setext heading is a paragraph of its own: a blank line (or the file's start) before it.
      else if (under && previousBlank && /^ {0,3}\S/.test(line) && !/^ {0,3}(?:[-*+>]|\d+[.)])(?:[ \t]|$)/.test(line))
        heading = { level: under[1][0] === '=' ? 1 : 2, text: line.trim(), underline: next };
    }
    const m = heading ? TEXT.exec(heading.text) : null;
    // The version must end there: `## 1.2.3.4` or `## 1.2.3x` is not a section for 1.2.3.
    if (heading && m && valid(m[4]) && /^(?:$|[\s(:,])/.test(m[5] ?? '')) {
      const rest = m[5] ?? '';
      const style: HeadingStyle = m[1] ? 'date-first' : m[2] ? 'keepachangelog' : m[3] ? 'v' : /^\s*\(/.test(rest) ? 'parens' : 'plain';
      out.push({
        version: m[4],
        line: i + 1,
        offset,
        level: heading.level,
        style,
        raw: line,
        ...(heading.underline !== undefined ? { underline: heading.underline } : {}),
      });
    }
    previousBlank = line.trim() === '' || heading !== undefined || UNDERLINE.test(line);
    offset = nextOffset;
    line = next;
    i++;
  }
  return out;
}

/** The line of `text` that starts at `offset`, without its line break (`\n`, or `\r\n`: the `\r` goes too). */
function lineAt(text: string, offset: number): string {
  const end = text.indexOf('\n', offset);
  const raw = end < 0 ? text.slice(offset) : text.slice(offset, end);
  return raw.endsWith('\r') ? raw.slice(0, -1) : raw;
}

/** True when the changelog has a section for `version` (any heading style). */
export function hasVersionSection(text: string, version: string): boolean {
  return versionHeadings(text).some((h) => h.version === version);
}

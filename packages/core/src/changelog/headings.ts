import { valid } from 'semver';

/** The heading styles real changelogs use for a version section. */
export type HeadingStyle =
  | 'keepachangelog' // ## [1.2.3] - 2024-05-21
  | 'parens' //         ## 1.2.3 (2024-05-21)
  | 'v' //              ## v1.2.3   (optionally followed by a date or text)
  | 'plain'; //         ## 1.2.3    (optionally followed by ` - date`)

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
  /** The heading line as written, without its line break. */
  raw: string;
}

// `## [1.2.3] - 2024-05-21`, `## [v1.2.3](https://…) (2024-05-21)`, `### 1.2.3 (2024-05-21)`, `## v1.2.3`, `## Version 1.2.3`,
// and bitnami/charts' `## <small>1.2.3 (2024-05-21)</small>`
const HEADING = /^(#{1,4})[ \t]+(?:<small>[ \t]*)?(?:version[ \t]+|release[ \t]+)?(\[)?(v)?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)\]?(?:\([^)]*\))?(.*)$/i;

/**
 * Lists the version headings of a changelog in file order. A heading counts
 * when its first token is a SemVer version, bracketed or not, with or without
 * a leading `v`; `[Unreleased]` and prose headings are skipped.
 */
export function versionHeadings(text: string): VersionHeading[] {
  const out: VersionHeading[] = [];
  let offset = 0;
  // The open code fence (CommonMark: ``` or ~~~, 3 or more, indented at most 3 spaces),
  // closed only by the same character at least as long with nothing after it.
  let fence: string | undefined;
  const lines = text.split('\n');
  lines.forEach((full, i) => {
    const line = full.replace(/\r$/, '');
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    let m: RegExpExecArray | null = null;
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = undefined;
    } else if (marker && !(marker[0] === '`' && line.slice(line.indexOf(marker) + marker.length).includes('`'))) {
      fence = marker;
    } else {
      m = HEADING.exec(line);
    }
    // The version must end there: `## 1.2.3.4` or `## 1.2.3x` is not a section for 1.2.3.
    if (m && valid(m[4]) && /^(?:$|[\s(:,])/.test(m[5] ?? '')) {
      const rest = m[5] ?? '';
      const style: HeadingStyle = m[2] ? 'keepachangelog' : m[3] ? 'v' : /^\s*\(/.test(rest) ? 'parens' : 'plain';
      out.push({ version: m[4], line: i + 1, offset, level: m[1].length, style, raw: line });
    }
    offset += full.length + 1;
  });
  return out;
}

/** True when the changelog has a section for `version` (any heading style). */
export function hasVersionSection(text: string, version: string): boolean {
  return versionHeadings(text).some((h) => h.version === version);
}

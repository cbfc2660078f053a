// Text copied from commits, pull request titles and changelogs into what GitHub renders (a release PR
// body, a promotion PR body, a trail comment, a job summary) must not act there: an `@octocat` or
// `@acme/everyone` notifies the user or the whole team, and `closes other-org/repo#1` closes another
// repository's issue when the pull request merges. Both are made inert with a zero-width joiner (U+200D),
// invisible where the text is read: after the `@` of a mention, and inside the closing keyword before a
// reference to another repository (`owner/repo#N`, or an issue or pull request URL). `#N` stays a link
// to this repository, and so does `closes #N`: that is this repository's own issue.

const ZWJ = '\u200d';

/**
 * A mention as GitHub reads one: `@` at the start or after a character that
 * is not a letter, digit or `_` (so `a@b.com` is an address, not a mention),
 * then a user or organisation name (letters, digits, `-`), optionally
 * `/team`. `@` followed by anything else (`@ `, `@@`, `@-`) mentions no one.
 */
const MENTION = /(^|[^A-Za-z0-9_\u200d])@(?=[A-Za-z0-9])/g;

/**
 * A closing keyword (close, closes, closed, fix, fixes, fixed, resolve,
 * resolves, resolved; any case; an optional colon) directly before a
 * reference to another repository: `owner/repo#12`, or a URL of an issue or
 * pull request. The keyword is matched whole (`prefixes` is no keyword).
 */
const FOREIGN_CLOSE =
  /(?<![A-Za-z0-9_])(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?)(?=\s*:?\s*(?:[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+#\d|<?https?:\/\/[^\s/]+\/[^\s/]+\/[^\s/]+\/(?:issues|pull)\/\d))/gi;

/**
 * Untrusted text with its mentions and its closing keywords aimed at other
 * repositories made inert (a zero-width joiner inserted; nothing else
 * changes). Apply it to plain text before escaping it as Markdown, or to
 * Markdown lockstep wrote around such text.
 */
export function inertReferences(s: string): string {
  // Most text (names, versions, paths) holds neither an `@` nor a reference: left as it is without a scan.
  if (!s.includes('@') && !s.includes('#') && !s.includes('://')) return s;
  return s.replace(MENTION, `$1@${ZWJ}`).replace(FOREIGN_CLOSE, (keyword) => `${keyword[0]}${ZWJ}${keyword.slice(1)}`);
}

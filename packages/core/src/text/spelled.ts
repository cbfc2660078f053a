// Whether a YAML text can hold a string without writing it out: the test that lets a run leave unparsed the files
// that cannot name what a pull request changed (an Application that names no changed chart, a Chart.yaml whose
// file:// dependencies name none), which is most of a fleet's files, each otherwise a parse.

/**
 * A word a YAML scalar that is not a string prints as (a number as `16` from `0x10`, `1000` from `1e3`; a boolean as
 * `true` from `True` or, in YAML 1.1, `yes`): it can be read from a text that never writes it.
 */
const PRINTED = /^[-+]?(\d+(\.\d*)?(e[-+]?\d+)?|\.\d+(e[-+]?\d+)?|infinity|nan|true|false)$/i;

/**
 * Whether `text` may give a string equal to one of `words`, or holding one: true when it writes one out, and when
 * it could give one without writing it (a double-quoted escape `\x61`, an escaped line break, a tag such as
 * `!!binary`, or a word a number or boolean prints as). False only when no string of any document of `text` can
 * hold a word of `words`, so a reader that takes its names from the strings of `text` finds none of them there.
 */
export function mayHold(text: string, words: Iterable<string>): boolean {
  if (text.includes('\\') || text.includes('!')) return true;
  for (const word of words) if (word === '' || PRINTED.test(word) || text.includes(word)) return true;
  return false;
}

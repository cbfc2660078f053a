import { parseAllDocuments } from 'yaml';
import { mayHold } from '../../src/text/spelled.ts';

// What lets a fleet's check leave a file unparsed: a YAML text may give a string holding a word only where it writes
// the word out, or could give it otherwise (an escape, a tag, a number or boolean printed as a word). Each `false` below is
// held against the parse itself: no string of the text's documents holds the word.

/** Every string a text's documents give (keys and values), and numbers and booleans as a reader prints them. */
function strings(text: string): string[] {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out.push(String(v));
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) {
        out.push(k);
        walk(x);
      }
  };
  for (const doc of parseAllDocuments(text)) walk(doc.toJS());
  return out;
}

const APP = 'kind: Application\nspec:\n  source: { path: charts/a001, helm: { valueFiles: [values-prod.yaml] } }\n';

describe('mayHold: whether a YAML text may give a string holding a word', () => {
  test('a word written out: true', () => {
    expect(mayHold(APP, ['a001'])).toBe(true);
    expect(mayHold(APP, ['nothing-here', 'values-prod.yaml'])).toBe(true);
  });

  test('no word written, no escape, tag or printed number: false, and the parse agrees', () => {
    expect(mayHold(APP, ['a000', 'values-dev.yaml'])).toBe(false);
    expect(strings(APP).filter((s) => s.includes('a000') || s.includes('values-dev.yaml'))).toEqual([]);
  });

  test('a double-quoted escape spells a word without writing it: true', () => {
    const text = 'spec:\n  source: { path: "charts/\\x61000" }\n';
    expect(strings(text)).toContain('charts/a000');
    expect(mayHold(text, ['a000'])).toBe(true);
  });

  test('an escaped line break joins a word across lines: true', () => {
    const text = 'path: "charts/a0\\\n  00"\n';
    expect(strings(text)).toContain('charts/a000');
    expect(mayHold(text, ['a000'])).toBe(true);
  });

  test('a tag: true, whatever it spells', () => {
    expect(mayHold('chart: !!str plain\n', ['a000'])).toBe(true);
  });

  test('a word a number prints as is held by a text that never writes it: true', () => {
    const text = 'chart: 0x10\npath: 1e3\n';
    expect(strings(text)).toEqual(['chart', '16', 'path', '1000']);
    expect(mayHold(text, ['16'])).toBe(true);
    expect(mayHold(text, ['1000'])).toBe(true);
    expect(mayHold('enabled: True\n', ['true'])).toBe(true);
  });

  test('an alias repeats what its anchor writes: the word is written once, so found', () => {
    const text = 'a: &p charts/a000\nb: *p\n';
    expect(mayHold(text, ['a000'])).toBe(true);
  });

  test('an empty word is held by every text', () => {
    expect(mayHold('x: y\n', [''])).toBe(true);
  });
});

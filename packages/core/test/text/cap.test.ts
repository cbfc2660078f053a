import { describeOmitted, fitToBytes, headLines } from '../../src/text/cap.ts';

const note = (o: { lines: number; bytes: number }) => `> cut ${o.lines} lines, ${o.bytes} bytes`;
const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

describe('fitToBytes', () => {
  test('a text under the cap is returned as it is', () => {
    expect(fitToBytes('a\nb\n', 4, note)).toEqual({ text: 'a\nb\n' });
  });

  test('a long text is cut at a line boundary, ends with the note and stays under the cap', () => {
    const rows = Array.from({ length: 500 }, (_, i) => `| row ${i} | ${'x'.repeat(i % 37)} |`);
    const text = ['| a | b |', '| --- | --- |', ...rows].join('\n');
    const r = fitToBytes(text, 2_000, note);
    expect(bytes(r.text)).toBeLessThanOrEqual(2_000);
    const lines = r.text.split('\n');
    expect(lines.at(-1)).toBe(note(r.omitted!));
    // Every kept line is a whole line of the input: no table row is split.
    for (const l of lines.slice(0, -1)) expect(text.split('\n')).toContain(l);
    expect(r.omitted!.lines + lines.length - 1).toBe(text.split('\n').length);
    expect(r.omitted!.bytes).toBe(bytes(text) - bytes(lines.slice(0, -1).join('\n')) - 1);
  });

  test.each([
    ['backticks', '```yaml', '```'],
    ['a longer tilde fence', '~~~~', '~~~~'],
  ])('an open code fence (%s) is closed before the note', (_n, open, close) => {
    const text = ['intro', open, ...Array.from({ length: 200 }, (_, i) => `line ${i}`), close, 'after'].join('\n');
    const r = fitToBytes(text, 600, note);
    const lines = r.text.split('\n');
    expect(bytes(r.text)).toBeLessThanOrEqual(600);
    expect(lines.at(-2)).toBe(close);
    expect(lines.at(-1)).toMatch(/^> cut /);
  });

  test('a fence closed before the cut is not closed again', () => {
    const text = ['```', 'code', '```', ...Array.from({ length: 200 }, (_, i) => `para ${i}`)].join('\n');
    const lines = fitToBytes(text, 300, note).text.split('\n');
    expect(lines.filter((l) => l === '```')).toHaveLength(2);
  });

  test('an open <details> block is closed, after a blank line', () => {
    const text = [
      '<details><summary>Release notes</summary>',
      '',
      ...Array.from({ length: 300 }, (_, i) => `* fix ${i}`),
      '</details>',
    ].join('\n');
    const r = fitToBytes(text, 800, note);
    expect(r.text).toMatch(/\* fix \d+\n\n<\/details>\n> cut \d+ lines/);
    expect(bytes(r.text)).toBeLessThanOrEqual(800);
  });

  test('text in parts is fitted as their concatenation, a cut falling inside a part or across parts', () => {
    const text = [
      '<details><summary>Release notes</summary>',
      '',
      ...Array.from({ length: 300 }, (_, i) => `* fix ${i} ${'é'.repeat(i % 5)}`),
      '</details>',
    ].join('\n');
    // Parts of every size around the cut (800 bytes, ~600 UTF-16 units in): the head is made across their boundaries.
    for (const size of [1, 7, 64, 599, 600, 601, 5_000]) {
      const parts: string[] = [];
      for (let i = 0; i < text.length; i += size) parts.push(text.slice(i, i + size));
      expect(fitToBytes(parts, 800, note)).toEqual(fitToBytes(text, 800, note));
      expect(fitToBytes(parts, 100_000, note)).toEqual({ text });
    }
    expect(fitToBytes(['a\n', 'b\n'], 4, note)).toEqual({ text: 'a\nb\n' });
    expect(fitToBytes(['x'.repeat(60), 'x'.repeat(40)], 10, note)).toEqual({ text: '', omitted: { lines: 1, bytes: 100 } });
    expect(fitToBytes(['a\n', 'b', 'c\n', 'd'], 5, (o) => `${o.lines}`)).toEqual({ text: 'a\n2', omitted: { lines: 2, bytes: 4 } });
  });

  test('parts that fit whole are counted by their sizes; the limit falling on a boundary or inside a multi-byte part', () => {
    // 9 bytes, 4 lines; the note "4" bounds at 2 bytes, so 6 fit: exactly the first two parts.
    expect(fitToBytes(['ab\n', 'cd\n', 'ef\n'], 8, (o) => `${o.lines}`)).toEqual({ text: 'ab\ncd\n2', omitted: { lines: 2, bytes: 3 } });
    // "é⚠\n" is 6 bytes: with 10 of room, "ab\n" (3) and the whole of it fit, then "ü\n" (3) does not.
    expect(fitToBytes(['ab\n', 'é⚠\n', 'ü\n', 'x'], 12, (o) => `${o.lines}`)).toEqual({
      text: 'ab\né⚠\n2',
      omitted: { lines: 2, bytes: 4 },
    });
    // With 8 bytes of room the limit falls inside "é⚠\n", before its newline: only "ab" is kept.
    expect(fitToBytes(['ab\n', 'é⚠\n', 'ü\n', 'x'], 10, (o) => `${o.lines}`)).toEqual({ text: 'ab\n3', omitted: { lines: 3, bytes: 10 } });
  });

  test('sizes are UTF-8 bytes, not UTF-16 units', () => {
    const text = Array.from({ length: 100 }, () => 'é'.repeat(20)).join('\n');
    expect(text.length).toBeLessThan(2_200);
    const r = fitToBytes(text, 2_200, note);
    // 4 099 bytes (100 lines of 41 bytes, the last without its newline); the note's bound is 28 bytes
    // ("> cut 100 lines, 4099 bytes" and a newline), so the cut falls before byte 2 172: 52 whole lines.
    expect(r.omitted).toEqual({ lines: 48, bytes: 1_967 });
    expect(r.text).toBe(`${Array.from({ length: 52 }, () => 'é'.repeat(20)).join('\n')}\n> cut 48 lines, 1967 bytes`);
    expect(bytes(r.text)).toBeLessThanOrEqual(2_200);
  });

  test('emoji straddling the cap: the cut and the counts are those of the whole text, though only its head is encoded', () => {
    // 3 lines of 'ab' then one line of 300 emoji (4 UTF-8 bytes, 2 UTF-16 units each): 600 units, so the head
    // read for the 100-byte cap ends inside a surrogate pair.
    const text = `ab\nab\nab\n${'😀'.repeat(300)}\nz\n`;
    const r = fitToBytes(text, 100, note);
    expect(r.omitted).toEqual({ lines: 3, bytes: 1_203 });
    expect(r.text).toBe('ab\nab\nab\n> cut 3 lines, 1203 bytes');
  });

  test('when the closing lines do not fit after the cut, lines are given up one at a time, counted in bytes', () => {
    // 35 bytes in 5 lines: "<details>" (9), three "éé" (4 each), "ééééé" (10). The note "4" needs 2 bytes, so 22
    // fit before it: the last newline among them ends byte 19. With `<details>` open, the blank line and
    // </details> need 12 more: 19 + 1 + 12 + 2 = 34 > 24, then 14 + 1 + 12 + 2 = 29 > 24, then 9 + 1 + 12 + 2 = 24.
    const text = '<details>\néé\néé\néé\nééééé';
    expect(bytes(text)).toBe(35);
    expect(fitToBytes(text, 24, (o) => `${o.lines}`)).toEqual({ text: '<details>\n\n</details>\n4', omitted: { lines: 4, bytes: 25 } });
    expect(fitToBytes(text, 34, (o) => `${o.lines}`)).toEqual({
      text: '<details>\néé\néé\n\n</details>\n2',
      omitted: { lines: 2, bytes: 15 },
    });
  });

  test('when not even the note fits, nothing is kept', () => {
    expect(fitToBytes('x'.repeat(100), 10, note)).toEqual({ text: '', omitted: { lines: 1, bytes: 100 } });
  });
});

describe('headLines', () => {
  test.each([
    ['fewer lines than the cap', 'a\nb\n', 3, 'a\nb\n', 0],
    ['exactly the cap, with a final newline', 'a\nb\nc\n', 3, 'a\nb\nc\n', 0],
    ['exactly the cap, without one', 'a\nb\nc', 3, 'a\nb\nc', 0],
    ['more lines, with a final newline', 'a\nb\nc\nd\ne\n', 2, 'a\nb', 3],
    ['more lines, without one', 'a\nb\nc\nd\ne', 2, 'a\nb', 3],
  ])('%s', (_n, text, max, head, more) => {
    expect(headLines(text, max)).toEqual({ text: head, more });
  });
});

test.each([
  [{ lines: 1, bytes: 10 }, '1 line (1 KiB)'],
  [{ lines: 7, bytes: 20_480 }, '7 lines (20 KiB)'],
  [{ lines: 9000, bytes: 3 * 1024 * 1024 }, '9000 lines (3.0 MiB)'],
])('describeOmitted(%j)', (o, text) => {
  expect(describeOmitted(o)).toBe(text);
});

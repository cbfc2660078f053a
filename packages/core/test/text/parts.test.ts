import { joinText, PartsView, sameText, textHead, textLength, viewText } from '../../src/text/parts.ts';

describe('texts in parts', () => {
  const parts = ['ab\n', '', 'c', 'd\ne', '⚠\n', 'f'];

  test('length, join, head: those of the concatenation', () => {
    expect(textLength(parts)).toBe(10);
    expect(joinText(parts)).toBe('ab\ncd\ne⚠\nf');
    expect(textHead(parts, 0)).toBe('');
    expect(textHead(parts, 4)).toBe('ab\nc');
    expect(textHead(parts, 8)).toBe('ab\ncd\ne⚠');
    expect(textHead(parts, 100)).toBe('ab\ncd\ne⚠\nf');
    expect(textHead('abc', 2)).toBe('ab');
    expect(textHead(['abc'], 2)).toBe('ab');
    expect(textLength('x⚠')).toBe(2);
  });

  test('sameText compares characters, not how they are cut', () => {
    expect(sameText(parts, 'ab\ncd\ne⚠\nf')).toBe(true);
    expect(sameText(['ab\ncd', '\ne⚠\nf'], parts)).toBe(true);
    expect(sameText(parts, 'ab\ncd\ne⚠\ng')).toBe(false);
    expect(sameText(parts, 'ab\ncd\ne⚠\nf ')).toBe(false);
    expect(sameText(undefined, undefined)).toBe(true);
    expect(sameText(undefined, '')).toBe(false);
    expect(sameText([], '')).toBe(true);
  });

  test('a PartsView answers slice, startsWith, endsWith and indexOf as the joined string does', () => {
    const whole = joinText(parts);
    const v = new PartsView(parts);
    expect(v.length).toBe(whole.length);
    for (let from = 0; from <= whole.length; from++) {
      for (let to = from; to <= whole.length + 1; to++) expect([from, to, v.slice(from, to)]).toEqual([from, to, whole.slice(from, to)]);
      expect([from, v.slice(from)]).toEqual([from, whole.slice(from)]);
      expect([from, v.indexOf('\n', from)]).toEqual([from, whole.indexOf('\n', from)]);
      expect([from, v.indexOf('⚠', from)]).toEqual([from, whole.indexOf('⚠', from)]);
      for (const s of ['', 'c', 'cd\ne', 'd\ne⚠', '⚠\nf', 'f', 'x', 'ab\ncd\ne⚠\nf!'])
        expect([from, s, v.startsWith(s, from)]).toEqual([from, s, whole.startsWith(s, from)]);
    }
    expect(v.indexOf('z')).toBe(-1);
    expect(v.endsWith('\nf')).toBe(true);
    expect(v.endsWith('\n')).toBe(false);
    expect(new PartsView(['a\n', '']).endsWith('\n')).toBe(true);
    expect(new PartsView([]).slice(0)).toBe('');
    expect(new PartsView([]).indexOf('\n')).toBe(-1);
    expect(() => v.indexOf('ab')).toThrow('PartsView.indexOf looks for one character');
    expect(viewText('plain')).toBe('plain');
  });
});

import { didYouMean, nearest } from '../../src/text/suggest.ts';
import { frame, lineAt, lineEnding, parseJsonAt, stripBom } from '../../src/text/bytes.ts';
import { UserError } from '../../src/errors.ts';

describe('nearest', () => {
  test.each([
    ['chart-version-polcy', ['charts', 'chart-version-policy', 'changelog'], 'chart-version-policy'],
    ['charts/wbe', ['charts/web', 'charts/api'], 'charts/web'],
    ['chart/*', ['charts/*', 'libs/*'], 'charts/*'],
    ['indepedent', ['independent', 'sync'], 'independent'],
    ['zzzzzz', ['charts', 'changelog'], undefined],
    ['Sync', ['independent', 'sync'], 'sync'],
  ])('%s → %s', (word, candidates, expected) => {
    expect(nearest(word, candidates)).toBe(expected);
  });
  test('didYouMean phrases it, and is empty when nothing is close', () => {
    expect(didYouMean('chagelog', ['changelog'])).toBe(' (did you mean changelog?)');
    expect(didYouMean('q', ['changelog'])).toBe('');
  });
});

describe('text bytes', () => {
  test.each([
    ['a\nb', { bom: '', body: 'a\nb', eol: '\n' }],
    ['\ufeffa\r\nb', { bom: '\ufeff', body: 'a\r\nb', eol: '\r\n' }],
    ['one line', { bom: '', body: 'one line', eol: '\n' }],
    ['\r\n', { bom: '', body: '\r\n', eol: '\r\n' }],
  ])('frame %j', (text, expected) => {
    expect(frame(text)).toEqual(expected);
  });
  test('stripBom, lineEnding, lineAt', () => {
    expect(stripBom('\ufeffx')).toBe('x');
    expect(stripBom('x\ufeff')).toBe('x\ufeff');
    expect(lineEnding('a\nb\r\n')).toBe('\n');
    expect(lineAt('a\nb\nc', 0)).toBe(1);
    expect(lineAt('a\nb\nc', 2)).toBe(2);
    expect(lineAt('a\nb\nc', 4)).toBe(3);
  });
  test('parseJsonAt names the line of a syntax error', async () => {
    expect(await parseJsonAt('\ufeff{"a": 1}', 'x.json', 'fix it')).toEqual({ a: 1 });
    let err: unknown;
    try {
      await parseJsonAt('{\n  "a": 1,\n  "b": oops\n}', 'x.json', 'fix it');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).file).toBe('x.json');
    expect((err as UserError).line).toBe(3);
    expect((err as UserError).format()).toMatch(/^x\.json:3: invalid JSON: .+ — fix it$/);
  });
});

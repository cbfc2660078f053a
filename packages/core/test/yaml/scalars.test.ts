import { doubleQuote, isPlainSafe, plainReadsAsString, yaml11Type, yaml12Type } from '../../src/yaml/scalars.ts';

describe('plain scalar typing', () => {
  test.each([
    ['1.2.3', 'str', 'str'],
    ['1.10', 'float', 'float'],
    ['1.0', 'float', 'float'],
    ['1', 'int', 'int'],
    ['012', 'int', 'int'],
    ['0x1F', 'int', 'int'],
    ['1e3', 'float', 'float'],
    ['yes', 'bool', 'str'],
    ['on', 'bool', 'str'],
    ['y', 'bool', 'str'],
    ['true', 'bool', 'bool'],
    ['~', 'null', 'null'],
    ['null', 'null', 'null'],
    ['2024-05-21', 'timestamp', 'str'],
    ['1:20', 'int', 'str'],
    ['.inf', 'float', 'float'],
    ['0.0.0-pr-12-abc1234', 'str', 'str'],
    ['1.4.0-rc.2', 'str', 'str'],
    ['v1.2', 'str', 'str'],
    ['latest', 'str', 'str'],
  ])('%s → 1.1 %s, 1.2 %s', (plain, t11, t12) => {
    expect(yaml11Type(plain)).toBe(t11);
    expect(yaml12Type(plain)).toBe(t12);
    expect(plainReadsAsString(plain)).toBe(t11 === 'str' && t12 === 'str');
  });

  test.each([
    ['1.2.3', true],
    ['1.2.3+build.5', true],
    ['sha256:abcd', true],
    ['', false],
    [' lead', false],
    ['a: b', false],
    ['a #b', false],
    ['- x', false],
    ['*alias', false],
    ['@x', false],
    ['yes', false],
    ['1.10', false],
  ])('isPlainSafe(%j) = %s', (v, safe) => expect(isPlainSafe(v)).toBe(safe));

  test('doubleQuote escapes quotes, backslashes and control characters', () => {
    expect(doubleQuote('a"b\\c\n\x01')).toBe('"a\\"b\\\\c\\n\\x01"');
  });
});

import { ParseCache, parseWith, type ParseKind } from '../../src/text/parse-cache.ts';

/** A kind that counts its parses, so a test can tell a kept parse from a fresh one. */
function counting(name = 'count'): ParseKind<{ text: string; variant: string }> & { calls: number } {
  const kind = {
    name,
    calls: 0,
    parse: (text: string, variant: string) => {
      kind.calls++;
      return { text, variant };
    },
  };
  return kind;
}

describe('ParseCache', () => {
  test('a text is parsed once per kind and variant, and the parse is shared', () => {
    const cache = new ParseCache();
    const kind = counting();
    const a = cache.get(kind, 'a: 1', 'x.yaml');
    expect(cache.get(kind, 'a: 1', 'x.yaml')).toBe(a);
    expect(kind.calls).toBe(1);
    expect(cache.get(kind, 'a: 1', 'y.yaml').variant).toBe('y.yaml');
    expect(cache.get(counting('other'), 'a: 1', 'x.yaml')).not.toBe(a);
    expect(kind.calls).toBe(2);
    expect(cache.size).toEqual({ texts: 1, chars: 4 });
  });

  test('without a cache every call parses', () => {
    const kind = counting();
    parseWith(undefined, kind, 't');
    parseWith(undefined, kind, 't');
    expect(kind.calls).toBe(2);
  });

  test('a parse that throws is not kept', () => {
    const cache = new ParseCache();
    let calls = 0;
    const failing: ParseKind<never> = {
      name: 'fail',
      parse: () => {
        calls++;
        throw new Error('bad');
      },
    };
    expect(() => cache.get(failing, 'x')).toThrow('bad');
    expect(() => cache.get(failing, 'x')).toThrow('bad');
    expect(calls).toBe(2);
    expect(cache.size.texts).toBe(0);
  });

  test('bounded by texts: the least recently used goes first', () => {
    const cache = new ParseCache({ maxTexts: 2 });
    const kind = counting();
    cache.get(kind, 'a');
    cache.get(kind, 'b');
    cache.get(kind, 'a'); // a is now the most recent
    cache.get(kind, 'c'); // b goes
    expect(cache.size.texts).toBe(2);
    expect(cache.peek(kind, 'a')).toBeDefined();
    expect(cache.peek(kind, 'b')).toBeUndefined();
    expect(cache.peek(kind, 'c')).toBeDefined();
  });

  test('the text read last is read again without a parse, and the order of use stays exact around it', () => {
    const cache = new ParseCache({ maxTexts: 2 });
    const kind = counting();
    cache.get(kind, 'a');
    cache.get(kind, 'b');
    cache.get(kind, 'b'); // b again, the last one read
    cache.get(kind, 'a'); // a is now the most recent
    cache.get(kind, 'c'); // b goes, not a
    expect(kind.calls).toBe(3);
    expect(cache.peek(kind, 'b')).toBeUndefined();
    expect(cache.peek(kind, 'a')).toBeDefined();
    // c was put after a: a peek of a makes a the most recent, and d then drops c.
    cache.get(kind, 'd');
    expect(cache.peek(kind, 'c')).toBeUndefined();
    expect(cache.peek(kind, 'a')).toBeDefined();
    // The last text forgotten, or evicted, is parsed again by its next reader.
    cache.forget('a');
    cache.get(kind, 'a');
    expect(kind.calls).toBe(5);
    const one = new ParseCache({ maxTexts: 1 });
    one.get(kind, 'x');
    one.get(kind, 'y');
    one.get(kind, 'x');
    expect(kind.calls).toBe(8);
    expect(one.size).toEqual({ texts: 1, chars: 1 });
  });

  test('bounded by total length; a text longer than the budget is parsed but not kept', () => {
    const cache = new ParseCache({ maxChars: 10 });
    const kind = counting();
    cache.get(kind, 'aaaa');
    cache.get(kind, 'bbbb');
    cache.get(kind, 'cccc'); // 12 chars: aaaa goes
    expect(cache.size).toEqual({ texts: 2, chars: 8 });
    expect(cache.peek(kind, 'aaaa')).toBeUndefined();
    cache.get(kind, 'x'.repeat(11));
    cache.get(kind, 'x'.repeat(11));
    expect(kind.calls).toBe(5);
    expect(cache.size).toEqual({ texts: 2, chars: 8 });
  });

  test('forget lets go of every parse of one text; clear of all; a later reader parses again', () => {
    const cache = new ParseCache();
    const kind = counting();
    const other = counting('other');
    cache.get(kind, 'aaaa', 'x.yaml');
    cache.get(other, 'aaaa');
    cache.get(kind, 'bb');
    cache.forget('aaaa');
    cache.forget('not kept');
    expect(cache.size).toEqual({ texts: 1, chars: 2 });
    expect(cache.peek(kind, 'aaaa', 'x.yaml')).toBeUndefined();
    expect(cache.peek(other, 'aaaa')).toBeUndefined();
    expect(cache.peek(kind, 'bb')).toEqual({ text: 'bb', variant: '' });
    cache.get(kind, 'aaaa', 'x.yaml');
    expect(kind.calls).toBe(3);
    cache.clear();
    expect(cache.size).toEqual({ texts: 0, chars: 0 });
    expect(cache.peek(kind, 'bb')).toBeUndefined();
    cache.get(kind, 'bb');
    expect(kind.calls).toBe(4);
    expect(cache.size).toEqual({ texts: 1, chars: 2 });
  });

  test('put offers a parse made elsewhere to the next reader', () => {
    const cache = new ParseCache();
    const kind = counting();
    const made = { text: 't', variant: 'f' };
    cache.put(kind, 't', made, 'f');
    expect(cache.get(kind, 't', 'f')).toBe(made);
    expect(kind.calls).toBe(0);
  });
});

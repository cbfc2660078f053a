import { Utf8Chunks } from '../../src/text/utf8-chunks.ts';

// Chunks of whole pieces from one reused buffer: what leaves is the pieces' text, byte for byte, in chunks that
// never split a piece and never exceed the buffer (a larger piece leaves alone), as text or as bytes.

/**
 * Writes `put`'s pieces through chunks of `size` bytes, gathered as text and (separately) as copies of the bytes;
 * the first with room for 10 bytes of kept pieces made at once, the second with none.
 */
function run(size: number, put: (c: Utf8Chunks) => void): { texts: string[]; bytes: string[] } {
  const texts: string[] = [];
  const asText = new Utf8Chunks((t) => texts.push(t), undefined, size, 10);
  put(asText);
  asText.flush();
  const bytes: string[] = [];
  const asBytes = new Utf8Chunks(
    (t) => bytes.push(`text:${t}`),
    (b) => bytes.push(Buffer.from(b).toString('utf8')),
    size,
  );
  put(asBytes);
  asBytes.flush();
  return { texts, bytes };
}

describe('Utf8Chunks', () => {
  test('pieces fill a chunk and the next piece that does not fit starts the next one, multi-byte text included', () => {
    const { texts, bytes } = run(8, (c) => {
      c.text('abc');
      c.text('dé'); // 3 bytes: 6 of 8
      c.text('fgh'); // would make 9: a new chunk
      c.text('€'); // 3 bytes
    });
    expect(texts).toEqual(['abcdé', 'fgh€']);
    expect(bytes).toEqual(['abcdé', 'fgh€']);
  });

  test('a piece larger than a chunk leaves alone, after what was gathered', () => {
    const { texts, bytes } = run(4, (c) => {
      c.text('ab');
      c.text('0123456789');
      c.bytes(Buffer.from('xyz'));
      c.bytes(Buffer.from('ABCDEFG'));
      c.ascii(0x7d);
    });
    expect(texts).toEqual(['ab', '0123456789', 'xyz', 'ABCDEFG', '}']);
    // A large text piece is written as text even where bytes are taken; a large byte piece as bytes.
    expect(bytes).toEqual(['ab', 'text:0123456789', 'xyz', 'ABCDEFG', '}']);
  });

  test('numbers as JSON.stringify writes them: digits for whole numbers, the rest through String, null when not finite', () => {
    const values = [0, -0, 7, 10, 99, 100, 2147483647, 2147483648, 1e21, 2 ** 53, -5, 1.5, 0.1 + 0.2, NaN, Infinity, -Infinity];
    const { texts } = run(64, (c) =>
      values.forEach((n, k) => {
        if (k > 0) c.ascii(0x2c);
        c.number(n);
      }),
    );
    expect(texts.join('')).toBe('0,0,7,10,99,100,2147483647,2147483648,1e+21,9007199254740992,-5,1.5,0.30000000000000004,null,null,null');
    expect(texts.join('')).toBe(JSON.stringify(values).slice(1, -1));
  });

  test('a number whose digits do not fit the chunk starts the next one', () => {
    const { texts } = run(6, (c) => {
      c.text('abcd');
      c.number(12345);
      c.number(6);
    });
    expect(texts).toEqual(['abcd', '123456']);
  });

  test('bytes handed to the writer are a view of the reused buffer: a writer that keeps them must copy', () => {
    const seen: Uint8Array[] = [];
    const c = new Utf8Chunks(
      () => undefined,
      (b) => seen.push(b),
      4,
    );
    c.text('abcd');
    c.text('efgh');
    c.flush();
    // The same four bytes of memory, written twice: the first view now reads as the second chunk.
    expect(seen.map((b) => Buffer.from(b).toString())).toEqual(['efgh', 'efgh']);
    expect(seen[0].buffer).toBe(seen[1].buffer);
  });

  test('nothing gathered: flush writes nothing', () => {
    expect(run(8, () => undefined)).toEqual({ texts: [], bytes: [] });
  });
});

describe('Utf8Chunks kept pieces', () => {
  test('a kept piece is written as often as asked, among the other pieces, in chunks that never split it', () => {
    const { texts, bytes } = run(8, (c) => {
      c.keep(3, 'é€'); // 5 bytes
      c.keep(0, 'ab');
      expect([c.has(0), c.has(1), c.has(3), c.has(4), c.has(-1), c.has(5000)]).toEqual([true, false, true, false, false, false]);
      c.text('xyz');
      c.kept(3); // 8 of 8
      c.kept(0); // a new chunk
      c.kept(3);
      c.ascii(0x7d);
    });
    expect(texts).toEqual(['xyzé€', 'abé€}']);
    expect(bytes).toEqual(['xyzé€', 'abé€}']);
  });

  test('keeping more than the room made at first moves the chunk being gathered with the kept pieces, bytes intact', () => {
    const pieces = Array.from({ length: 300 }, (_, k) => `{${k}:${'ü'.repeat(k % 5)}}`);
    const { texts } = run(16, (c) => {
      c.text('head');
      // Room for 10 bytes at first (or none): the kept pieces need ~2,800.
      pieces.forEach((p, k) => {
        c.keep(k, p);
        if (k % 7 === 0) c.kept(k);
      });
      pieces.forEach((_, k) => c.kept(k));
    });
    const expected = `head${pieces.filter((_, k) => k % 7 === 0).join('')}${pieces.join('')}`;
    expect(texts.join('')).toBe(expected);
    expect(texts.every((t) => Buffer.byteLength(t) <= 16)).toBe(true);
  });

  test('a piece kept again under the same number replaces the first; a piece larger than a chunk is not kept', () => {
    const c = new Utf8Chunks(() => undefined, undefined, 8);
    expect(() => c.keep(0, '123456789')).toThrow(RangeError);
    // Three characters of 3 bytes: 9 bytes, more than 8 though 3 code units.
    expect(() => c.keep(0, '€€€')).toThrow(RangeError);
    expect(c.has(0)).toBe(false);
    const texts: string[] = [];
    const d = new Utf8Chunks((t) => texts.push(t), undefined, 8);
    d.keep(1, 'old');
    d.keep(1, 'new!');
    d.kept(1);
    d.flush();
    expect(texts).toEqual(['new!']);
  });
});

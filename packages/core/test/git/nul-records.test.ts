import { NulRecords } from '../../src/git/nul-records.ts';

/** The records NulRecords hands over when `bytes` arrives cut at `cuts`, each decoded as UTF-8. */
function read(bytes: Buffer, cuts: number[]): string[] {
  const out: string[] = [];
  const records = new NulRecords((r) => out.push(r.toString('utf8')));
  let from = 0;
  for (const at of [...cuts, bytes.length]) {
    records.push(bytes.subarray(from, at));
    from = at;
  }
  records.end();
  return out;
}

describe('NulRecords', () => {
  // Three records of a `git log -z` commit: a ⚠ (3 bytes) and an é (2 bytes) in the message, a root commit's
  // empty parents record (two NULs in a row), and the NUL git ends the listing with.
  const text = 'f00d\0\0feat: ⚠ café\n\nbody é\n\0beef\0f00d\0fix: x\n\0';
  const bytes = Buffer.from(text, 'utf8');

  test('a chunk boundary anywhere (inside a multi-byte character, at and between NUL bytes) gives the same records', () => {
    const expected = text.split('\0');
    for (let at = 0; at <= bytes.length; at++) expect([at, read(bytes, [at])]).toEqual([at, expected]);
    // Every byte its own chunk.
    expect(
      read(
        bytes,
        Array.from({ length: bytes.length }, (_, i) => i),
      ),
    ).toEqual(expected);
  });

  test('the cut inside ⚠ and inside é: the characters come out whole', () => {
    const warn = bytes.indexOf(Buffer.from('⚠'));
    const eacute = bytes.indexOf(Buffer.from('é'));
    expect(read(bytes, [warn + 1, warn + 2, eacute + 1])[2]).toBe('feat: ⚠ café\n\nbody é\n');
  });

  test('the cut between two NUL bytes keeps the empty record between them', () => {
    const first = bytes.indexOf(0);
    expect(read(bytes, [first + 1]).slice(0, 3)).toEqual(['f00d', '', 'feat: ⚠ café\n\nbody é\n']);
  });

  test('no output is one empty record; output without a final NUL ends with what follows the last one', () => {
    expect(read(Buffer.alloc(0), [])).toEqual(['']);
    expect(read(Buffer.from('a\0b'), [2])).toEqual(['a', 'b']);
    expect(read(Buffer.from('a\0b\0'), [3])).toEqual(['a', 'b', '']);
  });
});

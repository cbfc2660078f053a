// The printed dry-run diff must be a patch that turns the file before into the
// file after, byte for byte: applied by an independent applier
// (action-tests/harness/apply-patch.ts) to many generated before/after pairs
// (files that grow or shrink and change in several places, repeated lines,
// CRLF lines, a last line without a newline).
import { structuredPatch } from 'diff';
import { renderDiff, renderDiffHead } from '../../src/edits/diff.ts';
import { applyPatch } from '../../../../action-tests/harness/apply-patch.ts';
import { rng } from '../../../../action-tests/harness/random.ts';

/** renderDiff's lines back as plain patch lines: the two-space indent removed, `␍` back to a carriage return. */
const patchOf = (before: string | undefined, after: string, context: number) =>
  renderDiff([{ path: 'f', before, after }], context)
    .split('\n')
    .map((l) => l.slice(2).replace(/␍/g, '\r'));

describe('renderDiff as a patch', () => {
  test('a file that grows and changes in two places: the second hunk keeps every line after it', () => {
    const before = 'a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\n';
    const after = 'a\nX\nb\nc\nd\ne\nf\ng\nh\ni\nj\nY\nk\nl\n';
    expect(patchOf(before, after, 3)).toEqual([
      '--- a/f',
      '+++ b/f',
      '@@ -1,4 +1,5 @@',
      ' a',
      '+X',
      ' b',
      ' c',
      ' d',
      '@@ -8,5 +9,6 @@',
      ' h',
      ' i',
      ' j',
      '+Y',
      ' k',
      ' l',
    ]);
  });

  test('a changelog with notes on top and its link references updated at the bottom', () => {
    const before = '# Changelog\n\n## 1.0.0\n\n* one\n\n[1.0.0]: https://x/compare/v0.9.0...v1.0.0\n';
    const after =
      '# Changelog\n\n## 1.1.0\n\n* two\n\n## 1.0.0\n\n* one\n\n[1.1.0]: https://x/compare/v1.0.0...v1.1.0\n[1.0.0]: https://x/compare/v0.9.0...v1.0.0\n';
    expect(applyPatch(before, patchOf(before, after, 3))).toBe(after);
    expect(applyPatch(before, patchOf(before, after, 0))).toBe(after);
  });

  test('lines only added or only removed (a release on top of CHANGELOG.md): one hunk, its head read from the text in place', () => {
    const old = '# Changelog\n\n## 1.0.0\n\n* one\n';
    const notes = Array.from({ length: 5_000 }, (_, i) => `* fix ${i}\n`).join('');
    const after = `# Changelog\n\n## 1.1.0\n\n${notes}\n## 1.0.0\n\n* one\n`;
    const head = renderDiffHead([{ path: 'CHANGELOG.md', before: old, after }], 9);
    expect(head.text.split('\n')).toEqual([
      '  --- a/CHANGELOG.md',
      '  +++ b/CHANGELOG.md',
      '  @@ -1,5 +1,5008 @@',
      '   # Changelog',
      '   ',
      '  +## 1.1.0',
      '  +',
      '  +* fix 0',
      '  +* fix 1',
    ]);
    // 3 heads, 2 + 5,003 added + 3 lines of context: all but the 9 shown.
    expect(head.more).toBe(5_011 - 9);
    // The context after the added lines is the old file's, read from the end of the new text.
    expect(patchOf(old, after, 3).slice(-6)).toEqual(['+* fix 4998', '+* fix 4999', '+', ' ## 1.0.0', ' ', ' * one']);
    expect(applyPatch(old, patchOf(old, after, 3))).toBe(after);
    // Only removed, CRLF lines: the same hunk as the line diff gives.
    expect(patchOf('a\r\nb\r\nc\r\nd\r\n', 'a\r\nd\r\n', 1)).toEqual([
      '--- a/f',
      '+++ b/f',
      '@@ -1,4 +1,2 @@',
      ' a\r',
      '-b\r',
      '-c\r',
      ' d\r',
    ]);
    // A line that only looks like the tail (not starting a line of the new text) is not matched as one.
    expect(patchOf('x\nab\n', 'x\nzab\n', 3)).toEqual(['--- a/f', '+++ b/f', '@@ -1,2 +1,2 @@', ' x', '-ab', '+zab']);
  });

  test('generated pairs: applying the printed patch to the text before gives the text after exactly', () => {
    const rnd = rng(20261123);
    const pick = (n: number) => Math.floor(rnd() * n);
    let checked = 0;
    for (let t = 0; t < 1500; t++) {
      const vocab = 2 + pick(rnd() < 0.5 ? 6 : 200);
      const eol = rnd() < 0.15 ? '\r\n' : '\n';
      const line = () => `w${pick(vocab)}${eol}`;
      const a = Array.from({ length: pick(rnd() < 0.2 ? 6 : 80) }, line);
      const b = [...a];
      for (let e = 1 + pick(6); e > 0; e--) {
        const at = pick(b.length + 1);
        const n = 1 + pick(4);
        const kind = pick(3);
        if (kind === 0) b.splice(at, 0, ...Array.from({ length: n }, () => (rnd() < 0.5 ? line() : `new${pick(1000)}${eol}`)));
        else if (kind === 1) b.splice(at, n);
        else b.splice(at, n, ...Array.from({ length: 1 + pick(4) }, line));
      }
      let [before, after] = [a.join(''), b.join('')];
      if (rnd() < 0.15) before = before.replace(/\r?\n$/, '');
      if (rnd() < 0.15) after = after.replace(/\r?\n$/, '');
      const fresh = rnd() < 0.05;
      if (before === after && !fresh) continue;
      const context = [0, 1, 3, 5][t % 4];
      const patch = patchOf(fresh ? undefined : before, after, context);
      let applied: string;
      try {
        applied = applyPatch(fresh ? '' : before, patch);
      } catch (e) {
        throw new Error(
          `pair ${t} (context ${context}): ${(e as Error).message}\nbefore: ${JSON.stringify(before)}\nafter: ${JSON.stringify(after)}\n${patch.join('\n')}`,
          { cause: e },
        );
      }
      if (applied !== after)
        throw new Error(
          `pair ${t} (context ${context}): the patch gives ${JSON.stringify(applied)}\nbefore: ${JSON.stringify(before)}\nafter: ${JSON.stringify(after)}\n${patch.join('\n')}`,
        );
      checked++;
    }
    expect(checked).toBeGreaterThan(1000);
  });
});

describe('renderDiff of pins moved in place (no Myers walk)', () => {
  /** jsdiff's own patch of the two texts, in renderDiff's form: the oracle the in-place hunks must equal. */
  const jsdiffLines = (before: string, after: string, context: number) => {
    const p = structuredPatch('a/f', 'b/f', before, after, undefined, undefined, { context });
    return [
      '--- a/f',
      '+++ b/f',
      ...p.hunks.flatMap((h) => [`@@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@`, ...h.lines]),
    ].map((l) => `  ${l.replace(/\r/g, '␍')}`);
  };

  test('a values file with a tag and a digest moved per service: a hunk per changed service, literal', () => {
    const block = (svc: string, v: string) =>
      `  ${svc}:\n    image:\n      tag: ${v}-${svc}\n      digest: d-${v}-${svc}\n    replicas: 2\n`;
    const before = ['a', 'b', 'c'].map((s) => block(s, 'v1')).join('');
    const after = ['a', 'b', 'c'].map((s) => block(s, s === 'b' ? 'v1' : 'v2')).join('');
    expect(renderDiff([{ path: 'f', before, after }], 3).split('\n')).toEqual([
      '  --- a/f',
      '  +++ b/f',
      '  @@ -1,7 +1,7 @@',
      '     a:',
      '       image:',
      '  -      tag: v1-a',
      '  -      digest: d-v1-a',
      '  +      tag: v2-a',
      '  +      digest: d-v2-a',
      '       replicas: 2',
      '     b:',
      '       image:',
      // Eight unchanged lines between the two changes: more than 2 × 3, so two hunks.
      '  @@ -10,6 +10,6 @@',
      '       replicas: 2',
      '     c:',
      '       image:',
      '  -      tag: v1-c',
      '  -      digest: d-v1-c',
      '  +      tag: v2-c',
      '  +      digest: d-v2-c',
      '       replicas: 2',
    ]);
  });

  test('600 generated in-place changes (runs of changed lines, gaps around 2 × context, CRLF) give jsdiff’s patch exactly', () => {
    const r = rng(46);
    for (let n = 0; n < 600; n++) {
      const count = 1 + Math.floor(r() * 60);
      const eol = r() < 0.2 ? '\r\n' : '\n';
      const before = Array.from({ length: count }, (_, i) => `line ${i}${eol}`);
      const after = before.map((l, i) => (r() < 0.25 ? `changed ${i} ${n}${eol}` : l));
      if (after.every((l, i) => l === before[i])) after[0] = `changed 0 ${n}${eol}`;
      const context = [0, 1, 3][n % 3];
      expect([n, renderDiff([{ path: 'f', before: before.join(''), after: after.join('') }], context)]).toEqual([
        n,
        jsdiffLines(before.join(''), after.join(''), context).join('\n'),
      ]);
    }
  });
});

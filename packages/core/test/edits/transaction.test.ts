import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../../src/errors.ts';
import * as nodeFs from 'node:fs';
import {
  applyEdits,
  commitChanges,
  nodeTxFs,
  planEdits,
  realFs,
  type FileEdit,
  type FileIo,
  type TxFs,
} from '../../src/edits/transaction.ts';
import { structuredPatch } from 'diff';
import { renderDiff, renderDiffHead } from '../../src/edits/diff.ts';
import { headLines } from '../../src/text/cap.ts';
import { rng } from '../../../../action-tests/harness/random.ts';
import type { Text } from '../../src/text/parts.ts';

let ws: string;
beforeEach(() => {
  ws = mkdtempSync(join(tmpdir(), 'lockstep-tx-'));
  mkdirSync(join(ws, 'charts', 'a'), { recursive: true });
  writeFileSync(join(ws, 'charts', 'a', 'Chart.yaml'), 'name: a\nversion: 1.0.0\n');
  writeFileSync(join(ws, 'charts', 'a', 'CHANGELOG.md'), '# Changelog\n');
  chmodSync(join(ws, 'charts', 'a', 'Chart.yaml'), 0o640);
});
afterEach(() => {
  rmSync(ws, { recursive: true, force: true });
});

/** Every file under the workspace with its content: proves "nothing written" and "no temp files left". */
function snapshotTree(dir = ws, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix + e.name;
    if (e.isDirectory()) Object.assign(out, snapshotTree(join(dir, e.name), `${rel}/`));
    else out[rel] = readFileSync(join(dir, e.name), 'utf8');
  }
  return out;
}

const bump: FileEdit = { path: 'charts/a/Chart.yaml', update: (t) => t?.replace('1.0.0', '1.0.1') };
const log: FileEdit = { path: 'charts/a/CHANGELOG.md', update: (t) => `${t}\n## [1.0.1]\n` };

describe('transaction', () => {
  test('writes every file, keeps modes, leaves no temp files', () => {
    const plan = applyEdits(ws, [bump, log, { path: 'charts/a/NEW.md', update: (t) => (t === undefined ? 'new\n' : t) }]);
    expect(plan.changes.map((c) => c.path)).toEqual(['charts/a/Chart.yaml', 'charts/a/CHANGELOG.md', 'charts/a/NEW.md']);
    expect(snapshotTree()).toEqual({
      'charts/a/Chart.yaml': 'name: a\nversion: 1.0.1\n',
      'charts/a/CHANGELOG.md': '# Changelog\n\n## [1.0.1]\n',
      'charts/a/NEW.md': 'new\n',
    });
    expect(statSync(join(ws, 'charts/a/Chart.yaml')).mode & 0o777).toBe(0o640);
  });

  test('two edits of one file compose', () => {
    applyEdits(ws, [bump, { path: 'charts/a/Chart.yaml', update: (t) => `${t}appVersion: x\n` }]);
    expect(readFileSync(join(ws, 'charts/a/Chart.yaml'), 'utf8')).toBe('name: a\nversion: 1.0.1\nappVersion: x\n');
  });

  test('an unchanged result plans nothing (idempotent)', () => {
    expect(planEdits(ws, [{ path: 'charts/a/Chart.yaml', update: (t) => t }]).changes).toEqual([]);
  });

  test('dry run writes nothing', () => {
    const before = snapshotTree();
    expect(applyEdits(ws, [bump, log], { dryRun: true }).changes).toHaveLength(2);
    expect(snapshotTree()).toEqual(before);
  });

  test('a failing check stops everything before any write', () => {
    const before = snapshotTree();
    const bad: FileEdit = {
      ...log,
      check: () => {
        throw new Error('edit did more than intended');
      },
    };
    expect(() => applyEdits(ws, [bump, bad])).toThrow(/did more than intended/);
    expect(snapshotTree()).toEqual(before);
  });

  test('a read-only target (chmod 0444) leaves every file untouched, even as root', () => {
    chmodSync(join(ws, 'charts/a/CHANGELOG.md'), 0o444);
    const before = snapshotTree();
    let err: unknown;
    try {
      applyEdits(ws, [bump, log]);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).file).toBe('charts/a/CHANGELOG.md');
    expect((err as UserError).message).toMatch(/read-only/);
    expect(snapshotTree()).toEqual(before);
  });

  test('a rename failing midway restores the files already replaced', () => {
    let renames = 0;
    const failing: TxFs = {
      ...realFs,
      rename(from, to) {
        if (++renames === 2) throw Object.assign(new Error('EIO'), { code: 'EIO' });
        realFs.rename(from, to);
      },
    };
    const before = snapshotTree();
    expect(() => applyEdits(ws, [bump, log, { path: 'charts/a/NEW.md', update: () => 'x' }], { fs: failing })).toThrow(
      /CHANGELOG\.md could not be replaced \(EIO\); the files already written were restored/,
    );
    expect(snapshotTree()).toEqual(before);
  });

  test('a temp file that cannot be written aborts before any rename', () => {
    const failing: TxFs = {
      ...realFs,
      writeFile(path, data, mode) {
        if (path.includes('CHANGELOG')) throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' });
        realFs.writeFile(path, data, mode);
      },
    };
    const before = snapshotTree();
    expect(() => commitChanges(ws, planEdits(ws, [bump, log]).changes, failing)).toThrow(/CHANGELOG\.md cannot be written \(ENOSPC\)/);
    expect(snapshotTree()).toEqual(before);
  });

  test('a restore that fails removes its own temp file and names the file it could not restore', () => {
    let renames = 0;
    const failing: TxFs = {
      ...realFs,
      rename(from, to) {
        // The second rename fails the commit; every later one (the restores) fails too.
        if (++renames >= 2) throw Object.assign(new Error('EIO'), { code: 'EIO' });
        realFs.rename(from, to);
      },
    };
    expect(() => applyEdits(ws, [bump, log], { fs: failing })).toThrow(
      /CHANGELOG\.md could not be replaced \(EIO\); could not restore charts\/a\/Chart\.yaml/,
    );
    expect(Object.keys(snapshotTree()).filter((f) => f.includes('lockstep'))).toEqual([]);
  });

  describe('the real file system writes every byte and flushes before the rename', () => {
    /** node:fs with writes cut to `chunk` bytes (0: no progress), recording the calls in order. */
    const io = (chunk: number, calls: string[]): FileIo => ({
      openSync: (p, f, m) => (calls.push('open'), nodeFs.openSync(p, f, m)),
      writeSync: (fd, b, off, len) => (calls.push('write'), chunk === 0 ? 0 : nodeFs.writeSync(fd, b, off, Math.min(len, chunk))),
      fchmodSync: (fd, m) => (calls.push('fchmod'), nodeFs.fchmodSync(fd, m)),
      fsyncSync: (fd) => (calls.push('fsync'), nodeFs.fsyncSync(fd)),
      closeSync: (fd) => (calls.push('close'), nodeFs.closeSync(fd)),
    });

    test('short writes are continued until the whole text is on disk, then fsync, then close', () => {
      const calls: string[] = [];
      applyEdits(ws, [{ path: 'charts/a/NOTES.txt', update: () => 'é'.repeat(10) }], {
        fs: { ...realFs, writeFile: nodeTxFs(io(3, calls)).writeFile },
      });
      expect(readFileSync(join(ws, 'charts/a/NOTES.txt'), 'utf8')).toBe('é'.repeat(10));
      expect(calls).toEqual(['open', ...Array(7).fill('write'), 'fsync', 'close']);
    });

    test('the mode is restored and the file flushed before it is renamed', () => {
      const calls: string[] = [];
      const recording = nodeTxFs(io(1 << 20, calls));
      applyEdits(ws, [bump], {
        fs: { ...realFs, writeFile: recording.writeFile, rename: (a, b) => (calls.push('rename'), realFs.rename(a, b)) },
      });
      expect(calls).toEqual(['open', 'write', 'fchmod', 'fsync', 'close', 'rename']);
    });

    test('a text in parts is written part by part, each encoded on its own: the bytes of their concatenation', () => {
      const calls: string[] = [];
      const parts = ['# Changelog\n\n', '## 2.0.0\n\n### ⚠ BREAKING CHANGES\n\n* a', '\n', '* b', '', '\n\n## 1.0.0\n'];
      applyEdits(ws, [{ path: 'charts/a/CHANGELOG.md', update: () => parts }], {
        fs: { ...realFs, writeFile: nodeTxFs(io(1 << 20, calls)).writeFile },
      });
      expect(readFileSync(join(ws, 'charts/a/CHANGELOG.md'), 'utf8')).toBe(
        '# Changelog\n\n## 2.0.0\n\n### ⚠ BREAKING CHANGES\n\n* a\n* b\n\n## 1.0.0\n',
      );
      // One write per non-empty part (the empty one has no bytes to write), then the mode, fsync and close.
      expect(calls).toEqual(['open', ...Array(5).fill('write'), 'fchmod', 'fsync', 'close']);
    });

    test('short writes inside and across parts are continued; a stall in a later part names all the bytes', () => {
      const calls: string[] = [];
      applyEdits(ws, [{ path: 'charts/a/NOTES.txt', update: () => ['é'.repeat(4), 'ab', '⚠'] }], {
        fs: { ...realFs, writeFile: nodeTxFs(io(3, calls)).writeFile },
      });
      expect(readFileSync(join(ws, 'charts/a/NOTES.txt'), 'utf8')).toBe('ééééab⚠');
      // 8 bytes in writes of 3, 3, 2; then 2; then 3.
      expect(calls).toEqual(['open', ...Array(5).fill('write'), 'fsync', 'close']);
      let n = 0;
      const stalling: FileIo = { ...io(1 << 20, []), writeSync: (fd, b, off, len) => (++n === 2 ? 0 : nodeFs.writeSync(fd, b, off, len)) };
      const before = snapshotTree();
      expect(() =>
        applyEdits(ws, [{ path: 'charts/a/Chart.yaml', update: () => ['name: a\n', 'version: 2.0.0\n'] }], {
          fs: { ...realFs, writeFile: nodeTxFs(stalling).writeFile },
        }),
      ).toThrow('charts/a/Chart.yaml cannot be written (short write, 8 of 23 bytes)');
      expect(snapshotTree()).toEqual(before);
    });

    test('a write that makes no progress is an error, and nothing is replaced', () => {
      const before = snapshotTree();
      expect(() => applyEdits(ws, [bump, log], { fs: { ...realFs, writeFile: nodeTxFs(io(0, [])).writeFile } })).toThrow(
        'charts/a/Chart.yaml cannot be written (short write, 0 of 23 bytes)',
      );
      expect(snapshotTree()).toEqual(before);
    });
  });

  test('a text in parts that is the file as it is plans nothing; a different one is a change kept in its parts', () => {
    expect(planEdits(ws, [{ path: 'charts/a/Chart.yaml', update: () => ['name: a\n', 'version: 1.0.0\n'] }]).changes).toEqual([]);
    const parts = ['name: a\n', 'version: 1.0.1\n'];
    expect(planEdits(ws, [{ path: 'charts/a/Chart.yaml', update: () => parts }]).changes).toEqual([
      { path: 'charts/a/Chart.yaml', before: 'name: a\nversion: 1.0.0\n', after: parts },
    ]);
    // A second edit of the file reads the first one's text joined; a check reads the result joined.
    const checked: string[] = [];
    const plan = planEdits<Text>(ws, [
      { path: 'charts/a/Chart.yaml', update: () => parts },
      { path: 'charts/a/Chart.yaml', update: (t) => `${t}appVersion: x\n`, check: (_b, a) => void checked.push(a) },
    ]);
    expect(plan.changes[0].after).toBe('name: a\nversion: 1.0.1\nappVersion: x\n');
    expect(checked).toEqual(['name: a\nversion: 1.0.1\nappVersion: x\n']);
  });

  test('paths outside the workspace or through a symlink are refused', () => {
    expect(() => planEdits(ws, [{ path: '../escape.yaml', update: () => 'x' }])).toThrow(/outside the workspace/);
    symlinkSync(join(ws, 'charts', 'a'), join(ws, 'link'));
    expect(() => planEdits(ws, [{ path: 'link/Chart.yaml', update: () => 'x' }])).toThrow(/symbolic link/);
  });
});

describe('renderDiff', () => {
  test('unified diff, every line indented so none can start with ::', () => {
    const out = renderDiff([{ path: 'charts/a/values.yaml', before: 'a: 1\n::error::x\n', after: 'a: 2\n::error::x\n' }]);
    expect(out).toBe(
      ['  --- a/charts/a/values.yaml', '  +++ b/charts/a/values.yaml', '  @@ -1,2 +1,2 @@', '  -a: 1', '  +a: 2', '   : :error::x'].join(
        '\n',
      ),
    );
    expect(out.split('\n').some((l) => l.startsWith('::'))).toBe(false);
  });
  test('the runner trims leading whitespace before looking for ::, so no line may start with :: after it either', () => {
    // actions/runner ActionCommand.TryParseV2: `message = message.TrimStart(); if (!message.StartsWith("::")) return false;`
    const before = 'a: 1\n::warning::ctx\n  ::add-mask::indented\n\t::error::tab\nz: 1\n';
    const out = renderDiff([
      { path: 'values.yaml', before, after: before.replace('a: 1', 'a: 2').replace('z: 1', 'z: 2') },
      { path: 'CHANGELOG.md', before: undefined, after: '  ::set-output name=x::y\n' },
    ]);
    expect(out.split('\n').filter((l) => l.trimStart().startsWith('::'))).toEqual([]);
    expect(out).toContain('   : :warning::ctx');
    expect(out).toContain('     : :add-mask::indented');
  });
  test('renderDiffHead: the first lines of the diff, escaped, and how many more there are', () => {
    const changes = [
      { path: 'CHANGELOG.md', before: '# C\n\n## 1.0.0\n', after: '# C\n\n## 1.1.0\n\n* ::warning::x\n* b\n\n## 1.0.0\n' },
      { path: '.version', before: '1.0.0\n', after: '1.1.0\n' },
    ];
    expect(renderDiffHead(changes, 8)).toEqual({
      text: [
        '  --- a/CHANGELOG.md',
        '  +++ b/CHANGELOG.md',
        '  @@ -1,3 +1,8 @@',
        '   # C',
        '   ',
        '  +## 1.1.0',
        '  +',
        '  +* ::warning::x',
      ].join('\n'),
      more: 8,
    });
    // The same as the head of the whole rendered diff, at every cap.
    for (const max of [1, 8, 16, 17, 18, 100]) expect(renderDiffHead(changes, max)).toEqual(headLines(renderDiff(changes), max));
    expect(renderDiffHead([{ path: 'a', before: 'x\n', after: 'x\n' }], 5)).toEqual({ text: '', more: 0 });
  });
  test('renderDiffHead cut anywhere in lines only added or only removed (made as they are read): the head of renderDiff', () => {
    const body = Array.from({ length: 12 }, (_, i) => `line ${i}\n`).join('');
    const changes = [
      { path: 'added.md', before: `a\nb\nc\nd\n${body}`, after: `a\nb\nc\nd\nnew 1\nnew 2\nnew 3\n${body}` },
      { path: 'removed.md', before: `x\n${body}old\ny\n`, after: `x\n${body}y\n` },
    ];
    const full = renderDiff(changes);
    expect(full.split('\n').slice(0, 8)).toEqual([
      '  --- a/added.md',
      '  +++ b/added.md',
      '  @@ -2,6 +2,9 @@',
      '   b',
      '   c',
      '   d',
      '  +new 1',
      '  +new 2',
    ]);
    expect(full.split('\n').slice(-5)).toEqual(['   line 9', '   line 10', '   line 11', '  -old', '   y']);
    for (let max = 1; max <= 30; max++) expect([max, renderDiffHead(changes, max)]).toEqual([max, headLines(full, max)]);
  });
  test('renderDiffHead counts the lines of files wholly past the limit: pins moved in place, hunks apart and joined', () => {
    const pins = (n: number, moved: readonly number[], to: string) =>
      Array.from({ length: n }, (_, i) => `lib-${i} = "${moved.includes(i) ? to : '^1.4.2'}"\n`).join('');
    const changes = [
      { path: '.version', before: '1.4.2\n', after: '2.0.0\n' },
      // 20 lines, lines 3 and 16 moved: 12 unchanged lines between them, more than 2 × 3, so two hunks.
      { path: 'svc-a/pyproject.toml', before: pins(20, [], ''), after: pins(20, [2, 15], '^2.0.0') },
      // 12 lines, lines 2 and 9 moved: 6 unchanged lines between them (2 × 3), so one hunk.
      { path: 'svc-b/pyproject.toml', before: pins(12, [], ''), after: pins(12, [1, 8], '^2.0.0') },
    ];
    // .version: 5 lines, 4 shown. svc-a: 2 heads, @@ + 2 + 2 + 3, @@ + 3 + 2 + 3 = 19. svc-b: 2 heads, @@ + 1 + 2 + 6 + 2 + 3 = 17.
    expect(renderDiffHead(changes, 4)).toEqual({
      text: ['  --- a/.version', '  +++ b/.version', '  @@ -1,1 +1,1 @@', '  -1.4.2'].join('\n'),
      more: 1 + 19 + 17,
    });
    expect(renderDiff(changes).split('\n')).toHaveLength(5 + 19 + 17);
    // A moved line whose new text is also an unchanged line elsewhere: counted from the diff itself.
    const repeated = [changes[0], { path: 'p.toml', before: 'a = "1"\nb = "2"\nc = "1"\n', after: 'a = "2"\nb = "2"\nc = "1"\n' }];
    expect(renderDiffHead(repeated, 4)).toEqual(headLines(renderDiff(repeated), 4));
  });
  test('renderDiffHead past its limit gives the count renderDiff has, for generated files', () => {
    const next = rng(20261124);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)];
    const vocab = ['', 'a = 1', 'b = 2', '[table]', 'c = "x"', '}', '  "dep": "^1.0.0",'];
    let fresh = 0;
    let counted = 0;
    for (let round = 0; round < 400; round++) {
      const changes: { path: string; before: string | undefined; after: string }[] = [];
      for (let f = 0; f < 1 + Math.floor(next() * 4); f++) {
        const eol = next() < 0.15 ? '\r\n' : '\n';
        const a = Array.from({ length: Math.floor(next() * 30) }, () => (next() < 0.5 ? pick(vocab) : `line ${fresh++}`));
        const b = [...a];
        for (let k = Math.floor(next() * 6); k > 0 && b.length > 0; k--) {
          const at = Math.floor(next() * b.length);
          const r = next();
          if (r < 0.6) b[at] = `moved ${fresh++}`;
          else if (r < 0.75) b[at] = pick(vocab);
          else if (r < 0.88) b.splice(at, 0, `added ${fresh++}`);
          else b.splice(at, 1);
        }
        const text = (ls: string[]) => ls.map((l) => l + eol).join('') + (next() < 0.1 ? 'tail' : '');
        changes.push({ path: `f${f}`, before: next() < 0.05 ? undefined : text(a), after: text(b) });
      }
      const full = renderDiff(changes);
      const total = full === '' ? 0 : full.split('\n').length;
      for (const max of [1, 3, 10, 40]) {
        const head = renderDiffHead(changes, max);
        expect([round, max, head]).toEqual([round, max, headLines(full, max)]);
        if (head.more > 0) counted++;
      }
      expect(renderDiffHead(changes, 1).more).toBe(Math.max(0, total - 1));
    }
    expect(counted).toBeGreaterThan(500);
  });
  test("a text after in parts (a long release's CHANGELOG.md) is diffed in place: the diff of its concatenation", () => {
    const before = '# Changelog\n\n## 1.0.0\n\n* old\n';
    const parts = [
      '# Changelog\n\n',
      '## 2.0.0\n\n### ⚠ BREAKING CHANGES\n\n* a\n* b',
      '\n',
      '* c\n',
      '',
      '* d',
      '\n\n## 1.0.0\n\n* old\n',
    ];
    const changes = [{ path: 'CHANGELOG.md', before, after: parts }];
    expect(renderDiff(changes).split('\n')).toEqual([
      '  --- a/CHANGELOG.md',
      '  +++ b/CHANGELOG.md',
      '  @@ -1,5 +1,14 @@',
      '   # Changelog',
      '   ',
      '  +## 2.0.0',
      '  +',
      '  +### ⚠ BREAKING CHANGES',
      '  +',
      '  +* a',
      '  +* b',
      '  +* c',
      '  +* d',
      '  +',
      '   ## 1.0.0',
      '   ',
      '   * old',
    ]);
    const joined = [{ path: 'CHANGELOG.md', before, after: parts.join('') }];
    for (let max = 1; max <= 20; max++) expect([max, renderDiffHead(changes, max)]).toEqual([max, renderDiffHead(joined, max)]);
    // Not a pure insertion (a line changed): the parts are joined and diffed as lines.
    const rewritten = ['# Changelog\n\n', '## 1.0.0\n\n* new\n'];
    expect(renderDiff([{ path: 'CHANGELOG.md', before, after: rewritten }])).toBe(
      renderDiff([{ path: 'CHANGELOG.md', before, after: rewritten.join('') }]),
    );
    expect(
      renderDiff([{ path: 'CHANGELOG.md', before, after: rewritten }])
        .split('\n')
        .slice(-2),
    ).toEqual(['  -* old', '  +* new']);
    // The same text in other parts is no change.
    expect(renderDiff([{ path: 'CHANGELOG.md', before, after: ['# Changelog\n', '\n## 1.0.0\n\n* old\n'] }])).toBe('');
  });
  test('headLines reads a text in parts in place: the head and count of its concatenation', () => {
    const parts = ['a\nb', '\n', 'c\nd', '', '\ne\n'];
    expect(headLines(parts, 2)).toEqual({ text: 'a\nb', more: 3 });
    expect(headLines(parts, 3)).toEqual({ text: 'a\nb\nc', more: 2 });
    expect(headLines(parts, 5)).toEqual({ text: 'a\nb\nc\nd\ne\n', more: 0 });
    expect(headLines(['x\ny'], 1)).toEqual({ text: 'x', more: 1 });
    for (let max = 1; max <= 6; max++) expect([max, headLines(parts, max)]).toEqual([max, headLines(parts.join(''), max)]);
  });
  test('new files and CRLF lines are visible', () => {
    const out = renderDiff([{ path: 'CHANGELOG.md', before: undefined, after: '# C\r\n' }]);
    expect(out).toContain('  --- /dev/null');
    expect(out).toContain('  +# C␍');
  });
  test.each([
    ['a new file', undefined, '# C\n\n- x\n', 3, '@@ -0,0 +1,3 @@'],
    ['a file emptied', 'a\n', '', 3, '@@ -1,1 +0,0 @@'],
    ['an insertion without context', 'a\nb\nc\n', 'a\nb\nc\nX\n', 0, '@@ -3,0 +4,1 @@'],
    ['a change', 'a\nb\n', 'a\nc\n', 3, '@@ -1,2 +1,2 @@'],
  ])('hunk header of %s as git prints it', (_name, before, after, context, header) => {
    expect(renderDiff([{ path: 'f', before, after }], context).split('\n')[2]).toBe(`  ${header}`);
  });

  // renderDiff diffs only the differing middle (plus context); the hunks must be those of a whole-file diff.
  const wholeDiff = (before: string | undefined, after: string, context: number) => {
    const whole = structuredPatch('a/f', 'b/f', before ?? '', after, undefined, undefined, { context });
    const expected = whole.hunks.flatMap((h) => [
      `@@ -${h.oldLines === 0 ? h.oldStart - 1 : h.oldStart},${h.oldLines} +${h.newLines === 0 ? h.newStart - 1 : h.newStart},${h.newLines} @@`,
      ...h.lines,
    ]);
    expect(expected.length).toBeGreaterThan(1);
    return expected.map((l) => `  ${l.replace(/\r/g, '␍')}`);
  };
  const pins = (n: number, v: string) =>
    Array.from(
      { length: n },
      (_, i) =>
        `svc-${i}:\n  enabled: true\n  image:\n    tag: "v${v}-${i}"\n    digest: d${v}-${i}\n  pullPolicy: IfNotPresent\n  replicas: 3\n\n`,
    ).join('');
  const log = Array.from({ length: 40 }, (_, i) => `* entry ${i}\n`).join('');
  test.each([
    ['notes prepended to a long changelog', `# Changelog\n\n${log}`, `# Changelog\n\n## 2.0.0\n\n* new\n\n${log}`, 3],
    ['changes at both ends', `a\n${log}z\n`, `A\n${log}Z\n`, 3],
    [
      'two changes far apart in the middle',
      `${log}${log}`,
      `${log.replace('entry 5\n', 'entry five\n')}${log.replace('entry 30\n', 'entry thirty\n')}`,
      3,
    ],
    ['the last line loses its newline', `${log}end\n`, `${log}end`, 3],
    ['a repeated line at the boundary', 'x\nx\nx\n', 'x\nx\nx\nx\n', 2],
    ['a deletion without context', log, log.replace('* entry 7\n', ''), 0],
    ['a new file', undefined, log, 3],
    ['lines removed from the middle', log, log.replace('* entry 11\n* entry 12\n', ''), 3],
    ['lines inserted in the middle', log, log.replace('* entry 20\n', '* entry 20\n* new a\n* new b\n'), 3],
    ['CRLF notes prepended', `# C\r\n\r\n* old\r\n`, `# C\r\n\r\n* new\r\n\r\n* old\r\n`, 3],
    ['a file emptied', log, '', 3],
    // Same line count, every changed line new: the diff is taken per stretch between long unchanged runs.
    ['a pin rewritten per service', pins(40, '1'), pins(40, '2'), 3],
    ['pins rewritten, the last line without a newline', pins(12, '1').trimEnd(), pins(12, '2').trimEnd(), 3],
    [
      'pins rewritten, a new value that an old line already has (one whole diff)',
      pins(12, '1'),
      pins(12, '1').replace('tag: "v1-3"', 'tag: "v1-4"'),
      3,
    ],
    ['pins rewritten without context', pins(12, '1'), pins(12, '2'), 0],
  ])('%s: the same hunks as a whole-file diff', (_name, before, after, context) => {
    expect(
      renderDiff([{ path: 'f', before, after }], context)
        .split('\n')
        .slice(2),
    ).toEqual(wholeDiff(before, after, context));
  });

  // Random same-length rewrites over small vocabularies (many repeated lines, where a shifted alignment can win):
  // the pieces are used only when they cannot differ from one diff of the differing middle. (That middle diff
  // itself may pick another of several equally short diffs than a whole-file diff when lines repeat near its ends.)
  const middleDiff = (before: string, after: string, context: number) => {
    const a = before.split(/(?<=\n)/);
    const b = after.split(/(?<=\n)/);
    let prefix = 0;
    while (prefix < a.length && a[prefix] === b[prefix]) prefix++;
    let suffix = 0;
    while (suffix < a.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
    const skip = Math.max(0, prefix - context);
    const keepEnd = Math.max(0, suffix - context);
    const middle = structuredPatch(
      'a/f',
      'b/f',
      a.slice(skip, a.length - keepEnd).join(''),
      b.slice(skip, b.length - keepEnd).join(''),
      undefined,
      undefined,
      { context },
    );
    const at = (start: number, lines: number) => `${lines === 0 ? start + skip - 1 : start + skip},${lines}`;
    return middle.hunks.flatMap((h) => [
      `  @@ -${at(h.oldStart, h.oldLines)} +${at(h.newStart, h.newLines)} @@`,
      ...h.lines.map((l) => `  ${l}`),
    ]);
  };
  test('random same-length rewrites: the same hunks as one diff of the differing middle', () => {
    let seed = 20261122;
    const rnd = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;
    for (let t = 0; t < 600; t++) {
      const vocab = 2 + Math.floor(rnd() * (rnd() < 0.5 ? 30 : 400));
      const a = Array.from({ length: 5 + Math.floor(rnd() * 120) }, () => `l${Math.floor(rnd() * vocab)}\n`);
      const b = [...a];
      for (let e = 1 + Math.floor(rnd() * 8); e > 0; e--) {
        const at = Math.floor(rnd() * a.length);
        for (let k = at; k < Math.min(a.length, at + 1 + Math.floor(rnd() * 3)); k++)
          b[k] = rnd() < 0.2 ? `l${Math.floor(rnd() * vocab)}\n` : `x${Math.floor(rnd() * 1000)}\n`;
      }
      const context = [0, 1, 3][t % 3];
      const [before, after] = [a.join(''), b.join('')];
      if (before !== after)
        expect(
          renderDiff([{ path: 'f', before, after }], context)
            .split('\n')
            .slice(2),
        ).toEqual(middleDiff(before, after, context));
    }
  });

  test('unchanged files print nothing', () => {
    expect(renderDiff([{ path: 'x', before: 'a', after: 'a' }])).toBe('');
  });
});

import { parseDocument } from 'yaml';
import type { UserError } from '../../src/errors.ts';
import { setScalar } from '../../src/edits/yaml-edit.ts';
import { checkYamlEdit } from '../../src/edits/check.ts';
import { sameData } from '../../src/edits/same-data.ts';
import { diffValues } from '../../src/values/diff.ts';
import { parseYaml } from '../../src/yaml/read.ts';

// RELIABILITY.md cases 21–23, 27 and 28: YAML edits on a golden file, quoting that reads the same under
// YAML 1.2 and Helm's 1.1, syntax errors with their line, and alias-heavy files (legitimate and hostile).

/** Nine levels of nine aliases each: 9^9 leaves when expanded (billion laughs), as mappings. */
function aliasBomb(leaf: string): string {
  const names = 'abcdefghi';
  const lines = [`a: &a {${Array.from({ length: 9 }, (_, j) => `k${j}: ${leaf}`).join(', ')}}`];
  for (let i = 1; i < names.length; i++)
    lines.push(`${names[i]}: &${names[i]} {${Array.from({ length: 9 }, (_, j) => `k${j}: *${names[i - 1]}`).join(', ')}}`);
  return [...lines, 'image:', '  tag: "1.0"', ''].join('\n');
}

// Every feature case 21 lists: BOM, CRLF, aligned comments, 4-space indent, a non-indented sequence, a flow
// map, three blank lines, a long plain scalar with spaces, and no final newline.
const GOLDEN =
  '\uFEFF# golden values\r\n' +
  'image:                      # the image\r\n' +
  '    repository: ghcr.io/acme/api   # where it lives\r\n' +
  '    tag: "1.7.3"                  # what runs\r\n' +
  'args:\r\n' +
  '- --verbose\r\n' +
  '- --port=8080\r\n' +
  'resources: {limits: {cpu: 100m}, requests: {memory: 64Mi}}\r\n' +
  '\r\n\r\n\r\n' +
  'description: this is a long plain scalar with spaces that runs well past the eightieth column of the line\r\n' +
  'replicaCount: 2';

describe('case 21/22: the golden values file', () => {
  test('writing the value it already has is byte-identical', () => {
    expect(setScalar(GOLDEN, 'values.yaml', ['image', 'tag'], '1.7.3')).toBe(GOLDEN);
  });

  test('editing image.tag changes exactly the bytes of that scalar; a re-parse differs only at that path', () => {
    const after = setScalar(GOLDEN, 'values.yaml', ['image', 'tag'], '1.8.0');
    const start = GOLDEN.indexOf('"1.7.3"');
    expect(after.slice(0, start)).toBe(GOLDEN.slice(0, start));
    expect(after.slice(start + '"1.7.3"'.length)).toBe(GOLDEN.slice(start + '"1.7.3"'.length));
    expect(after.slice(start, start + '"1.8.0"'.length)).toBe('"1.8.0"');
    const before = parseDocument(GOLDEN.slice(1)).toJS() as { image: Record<string, unknown> };
    const reread = parseDocument(after.slice(1)).toJS() as unknown;
    expect(reread).toEqual({ ...before, image: { ...before.image, tag: '1.8.0' } });
  });
});

describe('case 23: values YAML would misread are written double-quoted', () => {
  test.each(['1.10', '012', 'yes', 'on', '1e3', 'null', '~', '0x1F', '2024-01-01', `sha256:${'a'.repeat(64)}`])('%s', (value) => {
    const after = setScalar('image:\n  tag: x   # keep\n', 'values.yaml', ['image', 'tag'], value);
    if (value.startsWith('sha256:')) expect(after).toBe(`image:\n  tag: ${value}   # keep\n`);
    else expect(after).toBe(`image:\n  tag: "${value}"   # keep\n`);
    for (const version of ['1.2', '1.1'] as const) {
      const js = parseDocument(after, { version }).toJS() as { image: { tag: unknown } };
      expect(js.image.tag).toBe(value);
    }
  });
});

describe('case 27: tabs and syntax errors name the file and line', () => {
  test.each([
    ['tab indentation', 'image:\n  repository: x\n\ttag: 1\n', 3, /Tabs are not allowed/],
    ['an unclosed flow sequence', 'args: [a, b\nimage: x\n', 2, /invalid YAML/],
    ['a second document', 'a: 1\n---\nb: 2\n', 2, /more than one YAML document/],
  ])('%s', (_name, text, line, message) => {
    let error!: UserError;
    try {
      parseYaml(text, 'charts/app/values.yaml');
    } catch (e) {
      error = e as UserError;
    }
    expect(error?.name).toBe('UserError');
    expect(error.message).toMatch(message);
    expect(error.file).toBe('charts/app/values.yaml');
    expect(error.line).toBe(line);
  });
});

describe('case 28: aliases', () => {
  test('a legitimate file with 150 alias uses is read and edited', () => {
    const text = ['defaults: &d {cpu: 100m}', ...Array.from({ length: 150 }, (_, i) => `svc${i}: *d`), 'image:', '  tag: "1.0"', ''].join(
      '\n',
    );
    const after = setScalar(text, 'values.yaml', ['image', 'tag'], '2.0');
    expect(after).toBe(text.replace('tag: "1.0"', 'tag: "2.0"'));
    expect(diffValues(text, after, 'values.yaml', 'values.yaml')).toEqual([]);
  });

  test('a billion-laughs values.yaml is compared in well under a second, its findings capped (it hung before)', () => {
    const started = performance.now();
    const found = diffValues(aliasBomb('lol'), aliasBomb('1'), 'values.yaml', 'values.yaml');
    expect(performance.now() - started).toBeLessThan(1000);
    // Every path through the aliases reaches the changed leaves: the first are the anchor's own, then the cap.
    expect(found.slice(0, 9).map((f) => f.key)).toEqual(Array.from({ length: 9 }, (_, j) => `a.k${j}`));
    expect(found[9].key).toBe('b.k0.k0');
    expect(found).toHaveLength(200);
    expect(found[0]).toMatchObject({ file: 'values.yaml', line: 1, message: 'key a.k0 changed type from string to number' });
  });

  test('an unchanged billion-laughs values.yaml is compared quickly and finds nothing', () => {
    const started = performance.now();
    expect(diffValues(aliasBomb('lol'), aliasBomb('lol'), 'values.yaml', 'values.yaml')).toEqual([]);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  test('editing a key next to a billion-laughs structure finishes quickly and touches one line', () => {
    const started = performance.now();
    const after = setScalar(aliasBomb('lol'), 'values.yaml', ['image', 'tag'], '2.0');
    expect(performance.now() - started).toBeLessThan(1000);
    expect(after).toBe(aliasBomb('lol').replace('tag: "1.0"', 'tag: "2.0"'));
  });

  test('the check of that edit reads both billion-laughs documents once each (the deep comparison took ~25 s, minutes at ten levels)', () => {
    const before = aliasBomb('lol');
    const after = before.replace('tag: "1.0"', 'tag: "2.0"');
    const started = performance.now();
    expect(() => checkYamlEdit('values.yaml', before, after, [{ path: ['image', 'tag'], value: '2.0' }])).not.toThrow();
    expect(performance.now() - started).toBeLessThan(2000);
  });

  test('an edit that also changes a leaf behind the aliases is caught, however many paths lead to it', () => {
    const before = aliasBomb('lol');
    // The anchor's leaf changes too: every one of the 9^9 expanded paths sees it, the check must see one.
    const after = before.replace('tag: "1.0"', 'tag: "2.0"').replace('k8: lol}', 'k8: lul}');
    expect(() => checkYamlEdit('values.yaml', before, after, [{ path: ['image', 'tag'], value: '2.0' }])).toThrow(
      'values.yaml: the edit changed more than image.tag (the YAML 1.2 reading differs); nothing was written',
    );
  });

  test('the same data: aliases shared or spelled out, cycles, order of keys, and what differs', () => {
    const shared = { a: 1 };
    expect(sameData({ x: shared, y: shared }, { y: { a: 1 }, x: { a: 1 } })).toBe(true);
    expect(sameData([1, [2, 3]], [1, [2, 3]])).toBe(true);
    expect(sameData([1, [2, 3]], [1, [2, 4]])).toBe(false);
    expect(sameData({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameData({ a: 1 }, [1])).toBe(false);
    expect(sameData({ a: '1' }, { a: 1 })).toBe(false);
    expect(sameData(0, -0)).toBe(false);
    expect(sameData(Number.NaN, Number.NaN)).toBe(true);
    const c1: Record<string, unknown> = { n: 1 };
    c1.self = c1;
    const c2: Record<string, unknown> = { n: 1 };
    c2.self = c2;
    const c3: Record<string, unknown> = { n: 2 };
    c3.self = c3;
    expect(sameData(c1, c2)).toBe(true);
    expect(sameData(c1, c3)).toBe(false);
    expect(sameData(new Map([['k', 1]]), new Map([['k', 1]]))).toBe(true);
    expect(sameData(new Map([['k', 1]]), new Map([['k', 2]]))).toBe(false);
  });
});

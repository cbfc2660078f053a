import { isMap, isScalar } from 'yaml';
import { nodeAt, parseYaml, stringField } from '../../src/yaml/read.ts';
import { userError } from '../helpers.ts';

const CHART = `# Chart of the demo app
apiVersion: v2
name: myapp
version: 0.13.0   # bumped by CI
appVersion: "1.4.2"
quotedNumber: '1.10'
dependencies:
  - name: redis
    version: 18.1.0
    repository: oci://registry-1.docker.io/bitnamicharts
`;

describe('parseYaml', () => {
  test('keeps line numbers of nodes', () => {
    const p = parseYaml(CHART, 'Chart.yaml');
    expect(p.lineOf(nodeAt(p, ['name']))).toBe(3);
    expect(p.lineOf(nodeAt(p, ['dependencies', 0, 'repository']))).toBe(10);
    expect(p.lineAt(CHART.indexOf('appVersion'))).toBe(5);
    expect(p.lineOf(undefined)).toBeUndefined();
  });

  test.each([
    ['', null],
    ['# only a comment\n', null],
    ['\n\n', null],
    ['---\n', null],
    ['a: 1\n', { a: 1 }],
    ['---\na: 1\n...\n', { a: 1 }],
  ])('%j is one document', (text, js) => {
    expect(parseYaml(text, 'f.yaml').doc.toJS()).toEqual(js);
  });

  test.each([
    [
      'duplicate key',
      'name: a\nversion: 1.0.0\nname: b\n',
      3,
      "duplicate key 'name' — YAML keeps only one of them",
      'remove one of the duplicate keys',
    ],
    [
      'nested duplicate',
      'image:\n  repository: x\n  tag: "1"\n  tag: "2"\n',
      4,
      "duplicate key 'tag' — YAML keeps only one of them",
      'remove one of the duplicate keys',
    ],
    [
      'duplicate in a sequence item',
      'deps:\n  - name: a\n    name: b\n',
      3,
      "duplicate key 'name' — YAML keeps only one of them",
      'remove one of the duplicate keys',
    ],
    ['bad indentation', 'a:\n  b: 1\n c: 2\n', 3, undefined, 'fix the YAML syntax'],
    ['unclosed flow mapping', 'a: {b: 1\nc: 2\n', undefined, undefined, 'fix the YAML syntax'],
    ['tab indentation', 'a:\n\tb: 1\n', 2, undefined, 'fix the YAML syntax'],
    ['unclosed quote', 'a: "x\nb: 1\n', undefined, undefined, 'fix the YAML syntax'],
  ])('%s → UserError with file and line', (_what, text, line, message, hint) => {
    const e = userError(() => parseYaml(text, 'values.yaml'));
    expect(e.file).toBe('values.yaml');
    if (line !== undefined) expect(e.line).toBe(line);
    else expect(e.line).toBeGreaterThanOrEqual(1);
    if (message) expect(e.message).toBe(message);
    else expect(e.message).toMatch(/^invalid YAML: \S/);
    expect(e.message).not.toContain('\n');
    expect(e.hint).toBe(hint);
  });

  test('duplicates are found in linear time among 40,000 keys, at the repeated key', () => {
    const keys = Array.from({ length: 40000 }, (_, i) => `k${i}: ${i}\n`).join('');
    expect(parseYaml(keys, 'values.yaml').doc.contents).toBeTruthy();
    const e = userError(() => parseYaml(`${keys}nested:\n  a: 1\n  a: 2\nk39999: again\n`, 'values.yaml'));
    expect(e.format()).toBe("values.yaml:40003: duplicate key 'a' — YAML keeps only one of them — remove one of the duplicate keys");
  });

  test('keys equal only as text are not duplicates (1 and "1"), as in the yaml package', () => {
    const map = parseYaml('1: a\n"1": b\ntrue: c\n"true": d\n', 'f.yaml').doc.contents as { items: { key: { value: unknown } }[] };
    expect(map.items.map((p) => p.key.value)).toEqual([1, '1', true, 'true']);
    expect(userError(() => parseYaml('{a: 1, b: 2, a: 3}\n', 'f.yaml')).line).toBe(1);
  });

  test('several documents are refused at the second one', () => {
    const e = userError(() => parseYaml('a: 1\n---\nb: 2\n', 'values.yaml'));
    expect(e.format()).toBe(
      'values.yaml:2: the file holds more than one YAML document — keep a single document (no --- separators between documents)',
    );
  });

  test('allowMulti returns the first document', () => {
    expect(parseYaml('a: 1\n---\nb: 2\n', 'x.yaml', { allowMulti: true }).doc.toJS()).toEqual({ a: 1 });
  });
});

describe('nodeAt', () => {
  const p = parseYaml('a:\n  b: [x, {c: 1}]\nref: &r {d: 2}\nalias: *r\nnull:\n', 'f.yaml');
  test.each([
    [['a', 'b', 0], 'x'],
    [['a', 'b', 1, 'c'], 1],
    [['ref', 'd'], 2],
  ])('%j → %j', (path, value) => {
    const n = nodeAt(p, path);
    expect(isScalar(n) && n.value).toBe(value);
  });
  test.each([[['a', 'z']], [['a', 'b', 5]], [['a', 0]], [['a', 'b', 'c']], [['alias', 'd']]])('%j → undefined', (path) => {
    expect(nodeAt(p, path)).toBeUndefined();
  });
  test('the empty path is the root', () => expect(isMap(nodeAt(p, []))).toBe(true));
});

describe('stringField', () => {
  const text = `version: 1.10
ok: 1.2.3
quoted: "1.10"
single: '1.10'
flag: yes
flagQuoted: "yes"
octal: 012
date: 2024-05-21
num: 3
tilde: ~
empty:
blank: ""
list: [a]
tag: latest
`;
  const p = parseYaml(text, 'values.yaml');

  test.each([
    ['ok', '1.2.3', 2],
    ['quoted', '1.10', 3],
    ['single', '1.10', 4],
    ['flagQuoted', 'yes', 6],
    ['blank', '', 12],
    ['tag', 'latest', 14],
  ])('accepts %s → %j at line %d', (key, value, line) => {
    expect(stringField(p, [key])).toMatchObject({ value, line });
  });

  test.each([
    ['version', 1, '1.10', 'number'],
    ['flag', 5, 'yes', 'bool'],
    ['octal', 7, '012', 'number'],
    ['date', 8, '2024-05-21', 'timestamp'],
    ['num', 9, '3', 'number'],
    ['tilde', 10, '~', 'null'],
  ])('refuses unquoted %s (line %d)', (key, line, source, kind) => {
    const e = userError(() => stringField(p, [key]));
    expect(e.format()).toBe(`values.yaml:${line}: ${key}: ${source} is read as a ${kind}, not the string written — quote it: "${source}"`);
  });

  test('a missing or empty key is undefined', () => {
    expect(stringField(p, ['nope'])).toBeUndefined();
    expect(stringField(p, ['empty'])).toBeUndefined();
  });

  test('a collection is refused', () => {
    expect(userError(() => stringField(p, ['list'], 'image.tag')).format()).toBe(
      'values.yaml:13: image.tag is not a plain value — write it as a string',
    );
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError } from '../../src/errors.ts';
import { checkYamlEdit } from '../../src/edits/check.ts';
import { planChartBumps } from '../../src/charts/bump.ts';
import { formatPath, primeParse, setBlockScalar, setScalar, setScalars, type ScalarEdit } from '../../src/edits/yaml-edit.ts';
import { ParseCache } from '../../src/text/parse-cache.ts';
import { parseYaml } from '../../src/yaml/read.ts';
import { plainDocument } from '../../src/yaml/plain-document.ts';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'charts');
const fixture = (name: string) => readFileSync(join(fixtures, name), 'utf8');

/**
 * The text expected after an edit: `before` with whole lines replaced
 * (1-based line → new content, the line's own `\r` kept) and lines inserted
 * before a 1-based line of `before` (in the file's line ending). Comparing the
 * whole text proves every other byte stayed.
 */
function expected(before: string, replace: Record<number, string>, insert: Record<number, string[]> = {}): string {
  const eol = before.includes('\r\n') ? '\r\n' : '\n';
  const lines = before.split('\n');
  const out: string[] = [];
  lines.forEach((line, i) => {
    const n = i + 1;
    for (const ins of insert[n] ?? []) out.push(ins + (eol === '\r\n' ? '\r' : ''));
    out.push(replace[n] !== undefined ? replace[n] + (line.endsWith('\r') ? '\r' : '') : line);
  });
  const text = out.join('\n');
  const tail = insert[lines.length + 1];
  return tail ? text + tail.map((l) => eol + l).join('') : text;
}

function edit(text: string, edits: ScalarEdit[]): string {
  const after = setScalars(text, 'Chart.yaml', edits);
  checkYamlEdit('Chart.yaml', text, after, edits);
  return after;
}

const LONG = 'A chart description that goes on and on, '.repeat(12).trim();

describe('setScalar on Chart.yaml shapes: only the intended line changes', () => {
  test.each<[string, string, ScalarEdit[], Record<number, string>, Record<number, string[]>?]>([
    ['plain version', 'apiVersion: v2\nname: a\nversion: 1.2.3\n', [{ path: ['version'], value: '1.2.4' }], { 3: 'version: 1.2.4' }],
    ['double-quoted version', 'name: a\nversion: "1.2.3"\n', [{ path: ['version'], value: '1.3.0' }], { 2: 'version: "1.3.0"' }],
    ['single-quoted version', "name: a\nversion: '1.2.3'\n", [{ path: ['version'], value: '2.0.0' }], { 2: "version: '2.0.0'" }],
    [
      'comment after a plain value',
      'name: a\nversion: 0.13.0        # chart version\n',
      [{ path: ['version'], value: '0.13.1' }],
      { 2: 'version: 0.13.1        # chart version' },
    ],
    [
      'comment after a quoted value',
      'name: a\nappVersion: "1.4.2" # app\n',
      [{ path: ['appVersion'], value: '1.4.3' }],
      { 2: 'appVersion: "1.4.3" # app' },
    ],
    [
      'CRLF line endings',
      'apiVersion: v2\r\nname: a\r\nversion: 1.0.0\r\nappVersion: 1.0.0\r\n',
      [
        { path: ['version'], value: '1.0.1' },
        { path: ['appVersion'], value: '1.1.0' },
      ],
      { 3: 'version: 1.0.1', 4: 'appVersion: 1.1.0' },
    ],
    ['BOM kept', '\ufeffname: a\nversion: 1.0.0\n', [{ path: ['version'], value: '1.0.1' }], { 2: 'version: 1.0.1' }],
    ['no final newline', 'name: a\nversion: 1.0.0', [{ path: ['version'], value: '1.0.1' }], { 2: 'version: 1.0.1' }],
    [
      '4-space indent in dependencies',
      'name: a\nversion: 1.0.0\ndependencies:\n    -   name: sub\n        version: 0.1.0\n        repository: file://../sub\n',
      [{ path: ['dependencies', 0, 'version'], value: '0.1.1' }],
      { 5: '        version: 0.1.1' },
    ],
    [
      'flow mapping document',
      '{name: a, version: 1.0.0, appVersion: "1.0"}\n',
      [
        { path: ['version'], value: '1.0.1' },
        { path: ['appVersion'], value: '1.1' },
      ],
      { 1: '{name: a, version: 1.0.1, appVersion: "1.1"}' },
    ],
    [
      'flow mapping dependency',
      'name: a\nversion: 1.0.0\ndependencies:\n  - {name: sub, version: 0.1.0, repository: "file://../sub"}\n',
      [{ path: ['dependencies', 0, 'version'], value: '0.2.0' }],
      { 4: '  - {name: sub, version: 0.2.0, repository: "file://../sub"}' },
    ],
    [
      'long description line before',
      `name: a\ndescription: ${LONG}\nversion: 1.0.0\n`,
      [{ path: ['version'], value: '1.0.1' }],
      { 3: 'version: 1.0.1' },
    ],
    [
      'missing appVersion is added after version',
      'apiVersion: v2\nname: a\nversion: 1.0.0\ntype: application\n',
      [{ path: ['appVersion'], value: '2.3.4', create: true, after: 'version' }],
      {},
      { 4: ['appVersion: 2.3.4'] },
    ],
    [
      'missing appVersion, version last without final newline',
      'name: a\nversion: 1.0.0',
      [{ path: ['appVersion'], value: '2.3.4', create: true, after: 'version' }],
      {},
      { 3: ['appVersion: 2.3.4'] },
    ],
    [
      'missing appVersion, CRLF',
      'name: a\r\nversion: 1.0.0 # v\r\nkeywords: [x]\r\n',
      [{ path: ['appVersion'], value: '1.10', create: true, after: 'version' }],
      {},
      { 3: ['appVersion: "1.10"'] },
    ],
    [
      'keys out of order',
      'appVersion: 1.0.0\nname: a\ndependencies: []\nversion: 3.1.4\n',
      [
        { path: ['version'], value: '3.2.0' },
        { path: ['appVersion'], value: '1.1.0' },
      ],
      { 1: 'appVersion: 1.1.0', 4: 'version: 3.2.0' },
    ],
    [
      'version only inside dependencies',
      'name: a\ndependencies:\n  - name: sub\n    version: 1.0.0\n',
      [{ path: ['dependencies', 0, 'version'], value: '1.0.1' }],
      { 4: '    version: 1.0.1' },
    ],
    [
      'block-scalar annotations before version',
      'name: a\nannotations:\n  artifacthub.io/changes: |\n    - kind: fixed\n      description: version: 1.0.0 fixed\nversion: 1.0.0\n',
      [{ path: ['version'], value: '1.0.1' }],
      { 6: 'version: 1.0.1' },
    ],
    [
      'new value 1.10 in a plain slot is double-quoted',
      'name: a\nappVersion: 1.9.0\n',
      [{ path: ['appVersion'], value: '1.10' }],
      { 2: 'appVersion: "1.10"' },
    ],
    [
      'new value yes is double-quoted',
      'name: a\nappVersion: stable\n',
      [{ path: ['appVersion'], value: 'yes' }],
      { 2: 'appVersion: "yes"' },
    ],
    ['new value 012 is double-quoted', 'name: a\nappVersion: v1\n', [{ path: ['appVersion'], value: '012' }], { 2: 'appVersion: "012"' }],
    ['new value 1e3 is double-quoted', 'name: a\nappVersion: v1\n', [{ path: ['appVersion'], value: '1e3' }], { 2: 'appVersion: "1e3"' }],
    [
      'pre-release stays plain',
      'name: a\nversion: 0.1.0\n',
      [{ path: ['version'], value: '0.0.0-pr-12-abc1234' }],
      { 2: 'version: 0.0.0-pr-12-abc1234' },
    ],
    [
      'compact sequence at column 0',
      'dependencies:\n- name: common\n  version: 2.x.x\nversion: 1.0.0\n',
      [{ path: ['dependencies', 0, 'version'], value: '2.31.3' }],
      { 3: '  version: 2.31.3' },
    ],
    [
      'extra spaces around the value',
      'name: a\nversion:    1.2.3    # spaced\n',
      [{ path: ['version'], value: '1.2.4' }],
      { 2: 'version:    1.2.4    # spaced' },
    ],
    ['quoted key', '"name": a\n"version": 1.0.0\n', [{ path: ['version'], value: '1.0.1' }], { 2: '"version": 1.0.1' }],
    ['document start marker', '---\nname: a\nversion: 1.0.0\n', [{ path: ['version'], value: '1.0.1' }], { 3: 'version: 1.0.1' }],
    ['empty appVersion', 'name: a\nappVersion:\nversion: 1.0.0\n', [{ path: ['appVersion'], value: '1.2.3' }], { 2: 'appVersion: 1.2.3' }],
    [
      'null appVersion',
      'name: a\nappVersion: ~ # unset\nversion: 1.0.0\n',
      [{ path: ['appVersion'], value: '1.2.3' }],
      { 2: 'appVersion: 1.2.3 # unset' },
    ],
    [
      'comments and blank lines between keys',
      '# head\n\nname: a # n\n\n# the version\nversion: 1.0.0\n\n# end\n',
      [{ path: ['version'], value: '1.1.0' }],
      { 6: 'version: 1.1.0' },
    ],
    [
      'single-quoted value with a quote',
      "name: a\nappVersion: 'it''s-1'\n",
      [{ path: ['appVersion'], value: "it's-2" }],
      { 2: "appVersion: 'it''s-2'" },
    ],
    [
      'tab before comment',
      'name: a\nversion: 1.0.0\t# tabbed\n',
      [{ path: ['version'], value: '1.0.1' }],
      { 2: 'version: 1.0.1\t# tabbed' },
    ],
    ['value equal: nothing changes', 'name: a\nversion: 1.0.0 # same\n', [{ path: ['version'], value: '1.0.0' }], {}],
    [
      'ArgoCD Application targetRevision',
      'apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: myapp-prod\nspec:\n  source:\n    chart: myapp\n    repoURL: ghcr.io/acme/charts\n    targetRevision: 0.13.1  # chart version\n',
      [{ path: ['spec', 'source', 'targetRevision'], value: '0.13.2' }],
      { 9: '    targetRevision: 0.13.2  # chart version' },
    ],
    [
      'values image tag, empty double-quoted',
      'services:\n  api:\n    image:\n      repository: ghcr.io/acme/api\n      tag: ""     # default: appVersion\n      digest: ""\n',
      [{ path: ['services', 'api', 'image', 'tag'], value: '1.7.3' }],
      { 5: '      tag: "1.7.3"     # default: appVersion' },
    ],
  ])('%s', (_name, before, edits, replace, insert = {}) => {
    const after = edit(before, edits);
    expect(after).toBe(expected(before, replace, insert));
  });
});

describe('setScalars with many edits in one pass', () => {
  test('edits spread over the file land each on its line, in any order given', () => {
    const text = 'a:\n  tag: "1.0.0" # a\nb:\n  tag: 1.0.0\nc:\n  tag: \'1.0.0\'\n';
    expect(
      setScalars(text, 'values.yaml', [
        { path: ['c', 'tag'], value: '3.0.0-rc.1' },
        { path: ['a', 'tag'], value: '1.0.1' },
        { path: ['b', 'tag'], value: '22.0.0' },
      ]),
    ).toBe('a:\n  tag: "1.0.1" # a\nb:\n  tag: 22.0.0\nc:\n  tag: \'3.0.0-rc.1\'\n');
  });
  test('the same value edited twice: the later edit wins, as one edit after the other would', () => {
    const text = 'image:\n  tag: 1.0.0\nother: x\n';
    expect(
      setScalars(text, 'values.yaml', [
        { path: ['image', 'tag'], value: '1.0.10' },
        { path: ['image', 'tag'], value: '2.0.0' },
      ]),
    ).toBe('image:\n  tag: 2.0.0\nother: x\n');
  });
});

describe('setScalar refuses what it cannot change faithfully', () => {
  test.each<[string, string, (string | number)[], number, RegExp]>([
    ['ambiguous existing value', 'name: a\nversion: 1.10\n', ['version'], 2, /1\.10 is read as a number/],
    ['ambiguous existing boolean', 'name: a\nappVersion: on\n', ['appVersion'], 2, /read as a boolean/],
    ['duplicate key', 'name: a\nversion: 1.0.0\nversion: 1.0.1\n', ['version'], 3, /duplicate key 'version'/],
    ['alias target', 'x: &v 1.0.0\nname: a\nappVersion: *v\n', ['appVersion'], 3, /alias \*v/],
    ['anchored value used elsewhere', 'base: &b\n  version: 1.0.0\nother: *b\n', ['base', 'version'], 2, /inside &b/],
    ['merge key', 'base: &b\n  version: 1.0.0\ndep:\n  <<: *b\n  name: x\n', ['dep', 'version'], 4, /merge key/],
    ['several documents', 'name: a\nversion: 1.0.0\n---\nname: b\n', ['version'], 3, /more than one YAML document/],
    ['missing key without create', 'name: a\nversion: 1.0.0\n', ['appVersion'], 1, /appVersion is missing/],
    ['block scalar target', 'name: a\nversion: |\n  1.2.3\n', ['version'], 2, /block scalar/],
    ['mapping target', 'name: a\nversion:\n  x: 1\n', ['version'], 3, /is a mapping/],
    ['index beyond the list', 'dependencies:\n  - name: a\n', ['dependencies', 3, 'version'], 2, /no item 3/],
    ['invalid YAML', 'name: a\nversion: [1.0.0\n', ['version'], 3, /invalid YAML/],
    ['empty file', '', ['version'], 1, /no YAML document/],
    ['comments only', '# nothing yet\n', ['version'], 1, /no YAML document/],
  ])('%s', (_name, text, path, line, message) => {
    let err: unknown;
    try {
      setScalar(text, 'charts/a/Chart.yaml', path, '9.9.9');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UserError);
    const u = err as UserError;
    expect(u.file).toBe('charts/a/Chart.yaml');
    expect(u.line).toBe(line);
    expect(u.message).toMatch(message);
    expect(u.hint).toBeTruthy();
  });

  test('an alias elsewhere does not block an unrelated edit', () => {
    const text = 'x: &v 1.0.0\ny: *v\nversion: 2.0.0\n';
    expect(setScalar(text, 'f', ['version'], '2.0.1')).toBe('x: &v 1.0.0\ny: *v\nversion: 2.0.1\n');
  });

  test('a key present next to a merge key is edited', () => {
    const text = 'base: &b\n  name: x\ndep:\n  <<: *b\n  version: 1.0.0\n';
    expect(setScalar(text, 'f', ['dep', 'version'], '1.0.1')).toBe(text.replace('version: 1.0.0', 'version: 1.0.1'));
  });
});

describe('setScalar creates keys in the file own style', () => {
  test('inside a nested mapping, in its indentation', () => {
    const text = 'spec:\n    source:\n        chart: myapp\n        repoURL: ghcr.io/acme\n';
    expect(setScalar(text, 'f', ['spec', 'source', 'targetRevision'], '1.2.3', { create: true })).toBe(
      `${text}        targetRevision: 1.2.3\n`,
    );
  });
  test.each([
    ['empty value', 'image:\nreplicas: 2\n', 'image:\n  tag: 1.7.3\nreplicas: 2\n'],
    ['empty flow mapping, 4-space file', 'a:\n    b: 1\nimage: {}\n', 'a:\n    b: 1\nimage:\n    tag: 1.7.3\n'],
    ['nested, CRLF', 'services:\r\n  api:\r\n    image:\r\n', 'services:\r\n  api:\r\n    image:\r\n      tag: 1.7.3\r\n'],
  ])('into an empty parent (%s)', (_name, before, after) => {
    const path = before.startsWith('services') ? ['services', 'api', 'image', 'tag'] : ['image', 'tag'];
    const out = setScalar(before, 'values.yaml', path, '1.7.3', { create: true });
    expect(out).toBe(after);
    checkYamlEdit('values.yaml', before, out, [{ path, value: '1.7.3' }]);
  });
  test('into a flow mapping', () => {
    expect(setScalar('image: {repository: r}\n', 'f', ['image', 'tag'], '1.0', { create: true })).toBe(
      'image: {repository: r, tag: "1.0"}\n',
    );
  });
  test('two levels missing is refused', () => {
    expect(() => setScalar('name: a\n', 'f', ['x', 'y'], '1', { create: true })).toThrow(/x\.y is missing/);
  });
  test('formatPath', () => {
    expect(formatPath(['dependencies', 0, 'version'])).toBe('dependencies[0].version');
    expect(formatPath(['annotations', 'artifacthub.io/changes'])).toBe('annotations."artifacthub.io/changes"');
  });
});

describe('setBlockScalar (artifacthub.io/changes)', () => {
  const changes = '- kind: changed\n  description: Update appVersion to 1.5.0';
  test('adds annotations when missing', () => {
    const before = 'apiVersion: v2\nname: a\nversion: 1.0.0\n';
    const after = setBlockScalar(before, 'f', ['annotations', 'artifacthub.io/changes'], changes, { create: true });
    expect(after).toBe(
      `${before}annotations:\n  artifacthub.io/changes: |\n    - kind: changed\n      description: Update appVersion to 1.5.0\n`,
    );
    checkYamlEdit('f', before, after, [{ path: ['annotations', 'artifacthub.io/changes'], value: `${changes}\n` }]);
  });
  test('adds the key to existing annotations in 4-space style, CRLF', () => {
    const before = 'name: a\r\nannotations:\r\n    category: Database\r\nversion: 1.0.0\r\n';
    const after = setBlockScalar(before, 'f', ['annotations', 'artifacthub.io/changes'], changes, { create: true });
    expect(after).toBe(
      'name: a\r\nannotations:\r\n    category: Database\r\n    artifacthub.io/changes: |\r\n        - kind: changed\r\n          description: Update appVersion to 1.5.0\r\nversion: 1.0.0\r\n',
    );
  });
  test('replaces an existing block and keeps what follows', () => {
    const before = 'annotations:\n  artifacthub.io/changes: |\n    - kind: added\n      description: old\n  category: x\nversion: 1.0.0\n';
    const after = setBlockScalar(before, 'f', ['annotations', 'artifacthub.io/changes'], changes);
    expect(after).toBe(
      'annotations:\n  artifacthub.io/changes: |\n    - kind: changed\n      description: Update appVersion to 1.5.0\n  category: x\nversion: 1.0.0\n',
    );
    expect(setBlockScalar(after, 'f', ['annotations', 'artifacthub.io/changes'], changes)).toBe(after);
  });
  test.each([
    [
      'annotations: {}',
      'name: a\nannotations: {}\nversion: 1.0.0\n',
      'name: a\nannotations:\n  artifacthub.io/changes: |\n    - kind: changed\n      description: Update appVersion to 1.5.0\nversion: 1.0.0\n',
    ],
    [
      'annotations: (empty), CRLF',
      'name: a\r\nannotations:  \r\nversion: 1.0.0\r\n',
      'name: a\r\nannotations:\r\n  artifacthub.io/changes: |\r\n    - kind: changed\r\n      description: Update appVersion to 1.5.0\r\nversion: 1.0.0\r\n',
    ],
    [
      'annotations: (empty) at the end, no final newline',
      'name: a\nannotations:',
      'name: a\nannotations:\n  artifacthub.io/changes: |\n    - kind: changed\n      description: Update appVersion to 1.5.0',
    ],
  ])('fills an empty parent: %s', (_name, before, after) => {
    expect(setBlockScalar(before, 'f', ['annotations', 'artifacthub.io/changes'], changes, { create: true })).toBe(after);
  });

  test.each([
    [
      'annotations: ~',
      'name: a\nannotations: ~\nversion: 1.0.0\n',
      'name: a\nannotations:\n  artifacthub.io/changes: |\n    - kind: changed\n      description: Update appVersion to 1.5.0\nversion: 1.0.0\n',
    ],
    [
      'annotations: null, 4-space file',
      'name: a\nannotations: null\nmaintainers:\n    - name: x\nx:\n    y: 1\n',
      'name: a\nannotations:\n    artifacthub.io/changes: |\n        - kind: changed\n          description: Update appVersion to 1.5.0\nmaintainers:\n    - name: x\nx:\n    y: 1\n',
    ],
    [
      'annotations: ~ with a comment, CRLF',
      'name: a\r\nannotations: ~  # none yet\r\nversion: 1.0.0\r\n',
      'name: a\r\nannotations:  # none yet\r\n  artifacthub.io/changes: |\r\n    - kind: changed\r\n      description: Update appVersion to 1.5.0\r\nversion: 1.0.0\r\n',
    ],
    [
      'annotations: {} with a comment',
      'annotations: {} # none\n',
      'annotations: # none\n  artifacthub.io/changes: |\n    - kind: changed\n      description: Update appVersion to 1.5.0\n',
    ],
  ])("a null or empty parent becomes a mapping in the file's style: %s", (_name, before, after) => {
    const got = setBlockScalar(before, 'f', ['annotations', 'artifacthub.io/changes'], changes, { create: true });
    expect(got).toBe(after);
    checkYamlEdit('f', before, got, [{ path: ['annotations', 'artifacthub.io/changes'], value: `${changes}\n` }]);
  });

  test('a quoted "null" parent is a string, not a placeholder: refused, saying what to write', () => {
    expect(() =>
      setBlockScalar('annotations: "null"\n', 'f', ['annotations', 'artifacthub.io/changes'], changes, { create: true }),
    ).toThrow(
      expect.objectContaining({
        line: 1,
        hint: 'write annotations as a mapping (`annotations:` with indented `key: value` lines), or check the key path',
      }),
    );
  });

  test.each([
    [
      'a comment after |',
      'annotations:\n  artifacthub.io/changes: |  # written by bump-chart\n    - kind: added\n      description: old\n  category: x\n',
      'annotations:\n  artifacthub.io/changes: |  # written by bump-chart\n    - kind: changed\n      description: Update appVersion to 1.5.0\n  category: x\n',
    ],
    [
      'a comment after |-',
      'annotations:\n  artifacthub.io/changes: |- # keep\n    - kind: added\n',
      'annotations:\n  artifacthub.io/changes: | # keep\n    - kind: changed\n      description: Update appVersion to 1.5.0\n',
    ],
    [
      'a comment after a one-line value',
      'annotations:\n  artifacthub.io/changes: "" # filled at release\nversion: 1.0.0\n',
      'annotations:\n  artifacthub.io/changes: | # filled at release\n    - kind: changed\n      description: Update appVersion to 1.5.0\nversion: 1.0.0\n',
    ],
  ])('replacing the block keeps %s', (_name, before, after) => {
    const got = setBlockScalar(before, 'f', ['annotations', 'artifacthub.io/changes'], changes);
    expect(got).toBe(after);
    expect(setBlockScalar(got, 'f', ['annotations', 'artifacthub.io/changes'], changes)).toBe(got);
  });

  test('replaces a one-line value', () => {
    const before = 'annotations:\n  "artifacthub.io/changes": ""\nversion: 1.0.0\n';
    expect(setBlockScalar(before, 'f', ['annotations', 'artifacthub.io/changes'], changes)).toBe(
      'annotations:\n  "artifacthub.io/changes": |\n    - kind: changed\n      description: Update appVersion to 1.5.0\nversion: 1.0.0\n',
    );
  });
});

describe('realistic public chart layouts', () => {
  const cases: [string, string, ScalarEdit[], Record<number, string>][] = [
    [
      'bitnami-style.yaml',
      fixture('bitnami-style.yaml'),
      [
        { path: ['version'], value: '16.7.22' },
        { path: ['appVersion'], value: '17.6.0' },
      ],
      { 15: 'appVersion: 17.6.0', 38: 'version: 16.7.22' },
    ],
    [
      'bitnami-style.yaml (CRLF)',
      fixture('bitnami-style.yaml').replace(/\n/g, '\r\n'),
      [{ path: ['version'], value: '17.0.0' }],
      { 38: 'version: 17.0.0' },
    ],
    [
      'bitnami-style.yaml (BOM, no final newline)',
      `\ufeff${fixture('bitnami-style.yaml').trimEnd()}`,
      [{ path: ['dependencies', 0, 'version'], value: '2.31.4' }],
      { 21: '  version: 2.31.4' },
    ],
    [
      'prometheus-style.yaml',
      fixture('prometheus-style.yaml'),
      [
        { path: ['version'], value: '75.16.0' },
        { path: ['appVersion'], value: 'v0.84.0' },
        { path: ['dependencies', 0, 'version'], value: '0.0.1' },
      ],
      { 15: 'version: 75.16.0', 16: 'appVersion: v0.84.0', 34: '    version: "0.0.1"' },
    ],
    [
      'umbrella-style.yaml',
      fixture('umbrella-style.yaml'),
      [
        { path: ['version'], value: '2.4.1' },
        { path: ['dependencies', 0, 'version'], value: '1.3.3' },
        { path: ['dependencies', 1, 'version'], value: '0.10.0' },
      ],
      { 7: "version: '2.4.1'", 14: "    version: '1.3.3'   # in-repo", 18: "    version: '0.10.0'" },
    ],
  ];
  test.each(cases)('%s: only the target lines change', (_name, before, edits, replace) => {
    expect(edit(before, edits)).toBe(expected(before, replace));
  });

  test('argo-style.yaml: an existing artifacthub.io/changes at the end of the file is replaced in place', () => {
    const before = fixture('argo-style.yaml');
    const value = '- kind: changed\n  description: Update appVersion to v2.14.0';
    const after = setBlockScalar(
      setScalars(before, 'f', [
        { path: ['version'], value: '7.8.0' },
        { path: ['appVersion'], value: 'v2.14.0' },
      ]),
      'f',
      ['annotations', 'artifacthub.io/changes'],
      value,
    );
    const lines = before.split('\n');
    expect(after).toBe(
      [
        ...lines.slice(0, 1),
        'appVersion: v2.14.0',
        ...lines.slice(2, 5),
        'version: 7.8.0',
        ...lines.slice(6, 24),
        '    - kind: changed',
        '      description: Update appVersion to v2.14.0',
        '',
      ].join('\n'),
    );
  });

  test.each(['bitnami-style.yaml', 'prometheus-style.yaml', 'umbrella-style.yaml'])(
    '%s: adding artifacthub.io/changes (snapshot)',
    (name) => {
      const before = fixture(name);
      const value = '- kind: changed\n  description: "Update appVersion: 1.2.3"';
      const after = setBlockScalar(before, name, ['annotations', 'artifacthub.io/changes'], value, { create: true });
      checkYamlEdit(name, before, after, [{ path: ['annotations', 'artifacthub.io/changes'], value: `${value}\n` }]);
      expect(after).toMatchSnapshot();
    },
  );
});

describe('primeParse', () => {
  test('an edit reuses a parse made while planning, with the same result', () => {
    const before = '\ufeff' + fixture('umbrella-style.yaml');
    const plain = setScalars(before, 'Chart.yaml', [{ path: ['version'], value: '2.5.0' }]);
    const cache = new ParseCache();
    primeParse(parseYaml(before.slice(1), 'Chart.yaml'), cache);
    expect(setScalars(before, 'Chart.yaml', [{ path: ['version'], value: '2.5.0' }], { cache })).toBe(plain);
  });
  test('a parse offered for another file is not used for this one', () => {
    const text = 'name: a\nversion: 1.0.0\n';
    const cache = new ParseCache();
    primeParse(parseYaml(text, 'other/Chart.yaml'), cache);
    expect(() => setScalar(text, 'this/Chart.yaml', ['appVersion'], '1', { cache })).toThrow(
      expect.objectContaining({ file: 'this/Chart.yaml' }),
    );
  });
});

describe('checkYamlEdit', () => {
  test('catches an edit that changed another key', () => {
    expect(() => checkYamlEdit('f', 'a: 1\nb: 2\n', 'a: 1\nb: 3\n', [{ path: ['a'], value: '1' }])).toThrow(/changed more than a/);
  });
  test('catches a value YAML 1.1 reads differently', () => {
    expect(() => checkYamlEdit('f', 'v: x\n', 'v: yes\n', [{ path: ['v'], value: 'yes' }])).toThrow(/YAML 1\.1/);
    expect(() => checkYamlEdit('f', 'v: x\n', 'v: "yes"\n', [{ path: ['v'], value: 'yes' }])).not.toThrow();
    expect(() => checkYamlEdit('f', 'v: x\n', "v: 'on'\n", [{ path: ['v'], value: 'on' }])).not.toThrow();
    expect(() => checkYamlEdit('f', 'v: x\n', 'v: on\n', [{ path: ['v'], value: 'on' }])).toThrow(/YAML 1\.1/);
  });

  // The edited text is read by js-yaml where it reads as the yaml package does, else by the yaml package; the
  // same edit with an anchor and an alias after it (which only the yaml package reads) must get the same verdict.
  const ANCHORED = 'zz: &k 1\nzy: *k\n';
  const CHANGED = 'the edit changed more than';
  test.each<[string, string, string, [(string | number)[], string][], string | undefined]>([
    ['only the value', 'a: 1\nb: x\n', 'a: 1\nb: q\n', [[['b'], 'q']], undefined],
    ['another key changed too', 'a: 1\nb: 2\n', 'a: 1\nb: 3\n', [[['a'], '1']], CHANGED],
    ['a plain yes (YAML 1.1: a boolean)', 'v: x\n', 'v: yes\n', [[['v'], 'yes']], 'under YAML 1.1'],
    ['a quoted yes', 'v: x\n', 'v: "yes"\n', [[['v'], 'yes']], undefined],
    ['a plain 1.0 (a number)', 'v: x\n', 'v: 1.0\n', [[['v'], '1.0']], CHANGED],
    ['a plain value over two lines', 'v: x\nw: 1\n', 'v: a\n  b\nw: 1\n', [[['v'], 'a b']], undefined],
    ['a plain on inside a flow list', 'l: [a, b]\n', 'l: [a, on]\n', [[['l', 1], 'on']], 'under YAML 1.1'],
    ['a flow mapping', 'i: {tag: v1, digest: d}\n', 'i: {tag: v2, digest: d}\n', [[['i', 'tag'], 'v2']], undefined],
    ['a key pulled into the mapping above', 'a:\n  t: v1\nb: 2\n', 'a:\n  t: v2\n  b: 2\n', [[['a', 't'], 'v2']], CHANGED],
    ['a comment after the new value', 'a: x\nb: 2\n', 'a: q # was x\nb: 2\n', [[['a'], 'q']], undefined],
    ['a comment that eats the rest of a flow map', 'a: {t: x, u: 2}\n', 'a: {t: q #, u: 2}\n', [[['a', 't'], 'q']], CHANGED],
    ['an unclosed quote', 'a: x\nb: 2\n', 'a: "q\nb: 2\n', [[['a'], 'q']], CHANGED],
    ['a duplicate key made', 'a: 1\nb: 2\n', 'a: 1\na: 2\n', [[['b'], '2']], CHANGED],
    ['a second document', 'a: x\n', 'a: q\n---\nb: 1\n', [[['a'], 'q']], CHANGED],
  ])('%s: the same verdict whichever library reads the edited text', (_name, before, after, values, error) => {
    const intended = values.map(([path, value]) => ({ path, value }));
    const anchored = [before + ANCHORED, after + ANCHORED] as const;
    // Which library reads each text: js-yaml the plain one (when it is valid YAML), the yaml package the anchored one.
    expect(plainDocument(anchored[1])).toBeUndefined();
    for (const [b, a] of [[before, after], anchored]) {
      const check = () => checkYamlEdit('values.yaml', b, a, intended);
      if (error === undefined) expect(check).not.toThrow();
      else expect(check).toThrow(error);
    }
  });
  test('the plain texts above are read by js-yaml', () => {
    expect(plainDocument('v: a\n  b\nw: 1\n')?.data).toEqual({ v: 'a b', w: 1 });
    expect(plainDocument('a: q # was x\nb: 2\n')?.data).toEqual({ a: 'q', b: 2 });
  });
});

describe('every fixture chart, every line-ending variant, through the bump planner', () => {
  const variants: [string, (t: string) => string][] = [
    ['LF', (t) => t],
    ['CRLF', (t) => t.replace(/\n/g, '\r\n')],
    ['BOM, no final newline', (t) => `\ufeff${t.trimEnd()}`],
  ];
  const rows = readdirSync(fixtures)
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((f) => variants.flatMap(([v, fn]) => [false, true].map((ah) => [f, v, fn, ah] as const)));
  test.each(rows)('%s (%s, artifacthub %s): only version/appVersion lines change, the rest is added', (name, _v, variant, artifacthub) => {
    const before = variant(fixture(name));
    const plan = planChartBumps(['c'], ['c'], (p) => (p === 'c/Chart.yaml' ? before : undefined), {
      level: 'patch',
      appVersion: '9.9.9',
      cascade: true,
      artifacthubChanges: artifacthub,
      policy: 'independent',
      changelog: 'auto',
      date: '2026-01-01',
    });
    const edit = plan.edits.find((e) => e.path === 'c/Chart.yaml')!;
    const after = edit.update(before)!;
    edit.check!(before, after);
    const afterLines = new Set(after.split('\n'));
    const gone = before
      .split('\n')
      .filter((l) => !afterLines.has(l))
      .map((l) => l.replace(/^\ufeff/, '').replace(/\r$/, ''));
    for (const l of gone) expect(l).toMatch(/^(version|appVersion): |^ {4,}(- kind|description): /);
    expect(gone.filter((l) => /^version: /.test(l))).toHaveLength(1);
    expect(after.startsWith('\ufeff')).toBe(before.startsWith('\ufeff'));
    expect(after.includes('\r\n')).toBe(before.includes('\r\n'));
    expect(/\n(?![\s\S])/.test(after)).toBe(/\n(?![\s\S])/.test(before));
  });
});

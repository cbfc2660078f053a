import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readApplication } from '../../src/deploy/argocd/application.ts';
import { environmentContract } from '../../src/values/environment-contract.ts';
import { argoSetValue, helmSet, setPath, setValue } from '../../src/values/helm-set.ts';
import { mergeOver, readValuesSource, setInto, type Obj } from '../../src/values/values-origin.ts';

// Argo CD helm.parameters in the values contract (issue 74): each is a `--set` (`--set-string` with forceString)
// after every values file, read as Helm's strvals reads it. The typing and the precedence are held against the real
// Helm 3.17.3 and 4.1.4 (`helm template` of a chart that prints its values), as Argo CD passes them.

const HELM = { 3: process.env.LOCKSTEP_HELM!, 4: process.env.LOCKSTEP_HELM4! } as const;
const work = mkdtempSync(join(tmpdir(), 'helm-set-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Param = { name: string; value: string; forceString?: boolean };

let n = 0;
/** The values Helm renders with `file` then the parameters as Argo CD passes them (the chart's values.yaml is empty). */
function helmValues(helm: 3 | 4, file: string, params: Param[]): Promise<unknown> {
  const dir = join(work, `c${n++}`);
  mkdirSync(join(dir, 'chart', 'templates'), { recursive: true });
  writeFileSync(join(dir, 'chart', 'Chart.yaml'), 'apiVersion: v2\nname: api\nversion: 0.1.0\n');
  writeFileSync(join(dir, 'chart', 'templates', 'cm.yaml'), 'out: {{ toJson .Values }}\n');
  writeFileSync(join(dir, 'env.yaml'), file);
  const args = ['template', 'r', join(dir, 'chart'), '-f', join(dir, 'env.yaml')];
  for (const p of params) args.push(p.forceString ? '--set-string' : '--set', `${p.name}=${argoSetValue(p.value)}`);
  return new Promise((resolve, reject) =>
    execFile(HELM[helm], args, { env: { HOME: dir, PATH: '/usr/bin:/bin' } }, (e, out, err) =>
      e ? reject(new Error(err)) : resolve(JSON.parse(out.slice(out.indexOf('out: ') + 5))),
    ),
  );
}

/** The same values as lockstep merges them: the file, then every --set, then every --set-string. */
function ourValues(file: string, params: Param[]): Obj {
  const values = mergeOver({}, readValuesSource({ file: 'env.yaml', text: file }).value);
  for (const p of [...params.filter((q) => !q.forceString), ...params.filter((q) => q.forceString)])
    setInto(values, helmSet(p.name, argoSetValue(p.value), p.forceString === true)!);
  return values;
}

describe('a parameter name as strvals reads it', () => {
  test.each<[string, (string | number)[] | undefined]>([
    ['image.tag', ['image', 'tag']],
    ['a\\.b.c', ['a.b', 'c']],
    ['list[2].name', ['list', 2, 'name']],
    ['m[0][1]', ['m', 0, 1]],
    ['', undefined],
    ['.a', undefined],
    ['a.', undefined],
    ['a..b', undefined],
    ['[0]', undefined],
    ['a[x]', undefined],
    ['a[70000]', undefined],
    [Array.from({ length: 300 }, () => 'k').join('.'), undefined],
  ])('%j → %j', (name, path) => expect(setPath(name)).toEqual(path));
});

describe('a parameter value as strvals types it', () => {
  test.each<[string, boolean, unknown]>([
    ['true', false, true],
    ['FALSE', false, false],
    ['Null', false, null],
    ['0', false, 0],
    ['-3', false, -3],
    ['+5', false, 5],
    ['012', false, '012'],
    ['1.5', false, '1.5'],
    ['99999999999999999999', false, '99999999999999999999'],
    ['', false, ''],
    ['a\\,b', false, 'a,b'],
    ['{1,true,x}', false, [1, true, 'x']],
    ['{1,true}', true, ['1', 'true']],
    ['true', true, 'true'],
  ])('%j (string: %j) → %j', (value, asString, typed) => expect(setValue(value, asString)).toEqual(typed));

  test('Argo CD escapes a value’s commas, not a list’s, nor one already escaped', () => {
    expect([argoSetValue('a,b'), argoSetValue('{a,b}'), argoSetValue('a\\,b'), argoSetValue(',,')]).toEqual([
      'a\\,b',
      '{a,b}',
      'a\\,b',
      '\\,\\,',
    ]);
  });
});

describe('merged as Helm 3.17 and 4.1 merge them', () => {
  const FILE = ['image:', '  tag: "1.0"', 'list: [p, q]', 'replicas: 2', 'name: api', ''].join('\n');
  const PARAMS: Param[] = [
    { name: 'replicas', value: '5' },
    { name: 'replicas', value: '7', forceString: true },
    { name: 'image.tag', value: '012' },
    { name: 'list[3]', value: 'x' },
    { name: 'flags', value: '{1,TRUE,x}' },
    { name: 'csv', value: 'a,b,c' },
    { name: 'ratio', value: '1.5' },
    { name: 'off', value: 'False' },
    { name: 'gone', value: 'null' },
    { name: 'deep.list[1].key', value: '-4' },
    { name: 'dotted\\.key', value: 'y' },
  ];

  test.each([3, 4] as const)('Helm %i', async (helm) => {
    expect(ourValues(FILE, PARAMS)).toEqual(await helmValues(helm, FILE, PARAMS));
    // Literally, the one Helm gave: a --set-string beats a --set of the same key wherever it is listed.
    expect(ourValues(FILE, PARAMS)).toEqual({
      image: { tag: '012' },
      list: ['p', 'q', null, 'x'],
      replicas: '7',
      name: 'api',
      flags: [1, true, 'x'],
      csv: 'a,b,c',
      ratio: '1.5',
      off: false,
      gone: null,
      deep: { list: [null, { key: -4 }] },
      'dotted.key': 'y',
    });
  });
});

describe('helm.parameters in the values contract, at each parameter’s line', () => {
  const APP = (params: string[]) =>
    [
      'apiVersion: argoproj.io/v1alpha1',
      'kind: Application',
      'metadata: { name: api-prod }',
      'spec:',
      '  source:',
      '    repoURL: https://github.com/acme/monorepo',
      '    path: charts/api',
      '    targetRevision: main',
      '    helm:',
      '      valueFiles: [values-prod.yaml]',
      '      parameters:',
      ...params,
      '',
    ].join('\n');
  const CHART = new Map([
    ['Chart.yaml', 'apiVersion: v2\nname: api\nversion: 1.0.0\n'],
    ['values.yaml', 'replicas: 1\nimage:\n  tag: latest\n'],
    ['templates/deploy.yaml', 'replicas: {{ .Values.replicas }}\nimage: {{ .Values.image.tag }}\n'],
    ['values.schema.json', JSON.stringify({ type: 'object', properties: { replicas: { type: 'integer' }, image: { type: 'object' } } })],
  ]);
  const judge = async (params: string[]) => {
    const app = readApplication(APP(params), 'apps/prod/api.yaml', undefined, ['charts/api']);
    const found = await environmentContract('charts/api', CHART, [
      { file: 'charts/api/values-prod.yaml', text: 'replicas: 2\n' },
      ...app.inlineAt,
    ]);
    if ('failed' in found) throw found.failed;
    return {
      unread: found.reports.flatMap((r) => r.unread.map((u) => [u.file, u.line, r.label, u.key, u.suggestion])),
      schema: found.schema.map((f) => [f.file, f.line, f.key, f.message]),
    };
  };

  test('a mistyped key is named at its parameter’s line with the key the chart reads; forceString on an integer is the schema’s finding there', async () => {
    expect(
      await judge([
        '        - name: image.tga', //            line 12
        '          value: "1.2.3"',
        '        - name: replicas', //             line 14
        '          value: "3"',
        '          forceString: true',
      ]),
    ).toEqual({
      unread: [['apps/prod/api.yaml', 12, 'helm.parameters', 'image.tga', 'image.tag']],
      schema: [
        ['apps/prod/api.yaml', 14, 'replicas', 'replicas must be integer (charts/api/values.schema.json:1, read as JSON Schema draft-07)'],
      ],
    });
  });

  test('the same replicas without forceString is an integer, as Helm types it: nothing to say', async () => {
    expect(await judge(['        - name: replicas', '          value: "3"'])).toEqual({ unread: [], schema: [] });
  });

  test('hostile names: a name Helm would not parse, a list index past strvals’ bound, a __proto__ key', async () => {
    const r = await judge([
      '        - name: "a..b"',
      '          value: x',
      '        - name: "list[99999999]"',
      '          value: x',
      '        - name: __proto__.polluted', //   line 16
      '          value: "yes"',
    ]);
    expect(r.unread).toEqual([['apps/prod/api.yaml', 16, 'helm.parameters', '__proto__.polluted', undefined]]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('a values file’s __proto__ and constructor keys are keys: named unread, judged by the schema, no prototype touched', async () => {
    const file = ['__proto__:', '  replicas: x', 'constructor:', '  prototype: { polluted: 1 }', 'replicas: "2"', ''].join('\n');
    const found = await environmentContract('charts/api', CHART, [{ file: 'values-prod.yaml', text: file }]);
    if ('failed' in found) throw found.failed;
    expect(found.reports[0].unread.map((u) => [u.line, u.key])).toEqual([
      [2, '__proto__.replicas'],
      [4, 'constructor.prototype.polluted'],
    ]);
    expect(found.schema.map((f) => [f.line, f.key])).toEqual([[5, 'replicas']]);
    expect([({} as Record<string, unknown>).replicas, ({} as Record<string, unknown>).polluted]).toEqual([undefined, undefined]);
  });
});

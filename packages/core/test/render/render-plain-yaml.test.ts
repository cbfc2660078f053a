import { stringify } from 'yaml';
import { sortedKeys, sortedYaml } from '../../src/render/objects.ts';
import { plainYaml } from '../../src/render/plain-yaml.ts';

/** What stableYaml wrote before plain-yaml.ts: the yaml package's stringify with its options. */
const yamlText = (v: unknown) => stringify(v, { lineWidth: 0, minContentWidth: 0, aliasDuplicateObjects: false });

/** Strings where the yaml package quotes, escapes or folds, and strings it writes plain. */
const STRINGS = [
  '',
  ' ',
  'a',
  'api-0',
  '100m',
  '128Mi',
  '1.8.0',
  'v1',
  'apps/v1',
  'ghcr.io/acme/api:1.8.0@sha256:ab',
  'production mode',
  'a  b',
  'true',
  'True',
  'TRUE',
  'false',
  'null',
  'Null',
  'NULL',
  '~',
  'yes',
  'no',
  'on',
  'off',
  'y',
  'n',
  '1',
  '-1',
  '+1',
  '0',
  '-0',
  '0777',
  '0o7',
  '0x1F',
  '1_000',
  '1.0',
  '1.',
  '.5',
  '+.5',
  '1e3',
  '1E3',
  '.inf',
  '-.inf',
  '.nan',
  'nan',
  'inf',
  '12:30:45',
  '1:2',
  'a:',
  'a: b',
  'a:b',
  'a #b',
  'a#b',
  '#a',
  '-',
  '- a',
  '-a',
  '--port',
  '---',
  '...',
  '--- a',
  '? a',
  '?a',
  ':a',
  ': a',
  '@a',
  'a@b',
  '`a',
  '%a',
  '!a',
  '&a',
  '*a',
  '|a',
  '>a',
  "'a",
  '"a',
  'a"b',
  "a'b",
  '[a',
  'a]',
  '{a',
  'a}',
  'a,b',
  ',a',
  'a ',
  ' a',
  'a\tb',
  'a\nb',
  'a\n',
  '\n',
  'a\\b',
  'é',
  'a=b',
  '=a',
  '+a',
  '.a',
  '/a',
  '_a',
  'a/b.c_d-e+f=g',
  '<<',
  'a b: c',
];

describe('plainYaml writes what the yaml package writes, or leaves it to it', () => {
  test.each(STRINGS)('the string %j as a value, a key, a list item', (s) => {
    for (const v of [{ k: s }, { [s]: 'v' }, { k: [s] }, [s], { k: { [s]: [s, { [s]: s }] } }]) {
      const ours = plainYaml(v);
      if (ours !== undefined) expect(ours).toBe(yamlText(v));
    }
  });

  test('a manifest of plain shape is written here, as the yaml package writes it', () => {
    const deployment = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { labels: { app: 'api-0', tier: 'backend' }, name: 'api-0', namespace: 'acme-prod' },
      spec: {
        replicas: 2,
        selector: { matchLabels: { app: 'api-0' } },
        template: {
          metadata: { labels: { app: 'api-0' } },
          spec: {
            containers: [
              {
                env: [
                  { name: 'SHARD', value: '0' },
                  { name: 'MODE', value: 'production' },
                ],
                image: 'ghcr.io/acme/api:1.8.0@sha256:aa',
                name: 'api',
                ports: [{ containerPort: 8080 }],
                resources: { limits: { memory: '256Mi' }, requests: { cpu: '100m', memory: '128Mi' } },
                args: [['nested', 'list'], [], {}, null, true, false, -3],
              },
            ],
          },
        },
      },
    };
    expect(plainYaml(deployment)).toBe(
      [
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata:',
        '  labels:',
        '    app: api-0',
        '    tier: backend',
        '  name: api-0',
        '  namespace: acme-prod',
        'spec:',
        '  replicas: 2',
        '  selector:',
        '    matchLabels:',
        '      app: api-0',
        '  template:',
        '    metadata:',
        '      labels:',
        '        app: api-0',
        '    spec:',
        '      containers:',
        '        - env:',
        '            - name: SHARD',
        '              value: "0"',
        '            - name: MODE',
        '              value: production',
        '          image: ghcr.io/acme/api:1.8.0@sha256:aa',
        '          name: api',
        '          ports:',
        '            - containerPort: 8080',
        '          resources:',
        '            limits:',
        '              memory: 256Mi',
        '            requests:',
        '              cpu: 100m',
        '              memory: 128Mi',
        '          args:',
        '            - - nested',
        '              - list',
        '            - []',
        '            - {}',
        '            - null',
        '            - true',
        '            - false',
        '            - -3',
        '',
      ].join('\n'),
    );
  });

  test('random data of these strings, numbers and nesting: written alike or left to the yaml package', () => {
    let seed = 57;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const leaves: unknown[] = [...STRINGS, 0, 1, -1, 8080, -0, 0.5, 1e21, NaN, Infinity, 2 ** 53, null, true, false];
    const data = (depth: number): unknown => {
      const kind = depth > 4 ? 0 : next(5);
      if (kind <= 1) return leaves[next(leaves.length)];
      if (kind === 2) return Array.from({ length: next(4) }, () => data(depth + 1));
      return Object.fromEntries(
        Array.from({ length: next(4) }, () => [next(3) === 0 ? STRINGS[next(STRINGS.length)] : `k${next(9)}`, data(depth + 1)]),
      );
    };
    let written = 0;
    for (let i = 0; i < 3000; i++) {
      const v = data(0);
      const ours = plainYaml(v);
      if (ours === undefined) continue;
      written++;
      expect(ours).toBe(yamlText(v));
    }
    expect(written).toBeGreaterThan(500);
  });

  test('data nested past the depth bound is left to the yaml package', () => {
    let v: unknown = 'leaf';
    for (let i = 0; i < 100; i++) v = { k: v };
    expect(plainYaml(v)).toBeUndefined();
  });

  test('sorted: the text of the sortedKeys copy, written without it (index keys first, in numeric order, as the copy lists them)', () => {
    const shared = { b: 1, a: [{ z: 'x', y: null }] };
    const v = {
      metadata: { name: 'api', labels: { tier: 'web', app: 'api' } },
      kind: 'ConfigMap',
      data: { '10': 'ten', b: 'x', '9': 'nine', A: 'y', _c: 'z' },
      apiVersion: 'v1',
      one: shared,
      two: shared,
    };
    const text = [
      'apiVersion: v1',
      'data:',
      '  "9": nine',
      '  "10": ten',
      '  A: y',
      '  _c: z',
      '  b: x',
      'kind: ConfigMap',
      'metadata:',
      '  labels:',
      '    app: api',
      '    tier: web',
      '  name: api',
      'one:',
      '  a:',
      '    - y: null',
      '      z: x',
      '  b: 1',
      'two:',
      '  a:',
      '    - y: null',
      '      z: x',
      '  b: 1',
      '',
    ].join('\n');
    // A key "9" is written quoted: the text leaves it to the yaml package, which writes the copy alike.
    expect(sortedYaml(v)).toBe(text);
    expect(yamlText(sortedKeys(v))).toBe(text);
    const plain = { kind: 'Service', spec: { ports: [{ port: 80, name: 'http' }], selector: { app: 'api' } }, apiVersion: 'v1' };
    expect(plainYaml(plain, true)).toBe(
      'apiVersion: v1\nkind: Service\nspec:\n  ports:\n    - name: http\n      port: 80\n  selector:\n    app: api\n',
    );
    // The data itself is left as it was.
    expect(Object.keys(plain)).toEqual(['kind', 'spec', 'apiVersion']);
  });

  test('sorted, on random data: the same text as the sortedKeys copy written unsorted', () => {
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const keys = ['b', 'a', 'B', '_', '10', '9', '0', 'k1', 'k10', 'k2', '01', '-1', 'z z'];
    const data = (depth: number): unknown => {
      const kind = depth > 3 ? 0 : next(4);
      if (kind === 0) return STRINGS[next(STRINGS.length)];
      if (kind === 1) return Array.from({ length: next(3) }, () => data(depth + 1));
      return Object.fromEntries(Array.from({ length: next(5) }, () => [keys[next(keys.length)], data(depth + 1)]));
    };
    let written = 0;
    for (let i = 0; i < 2000; i++) {
      const v = data(0);
      const ours = plainYaml(v, true);
      expect(ours).toBe(plainYaml(sortedKeys(v)));
      if (ours !== undefined) written++;
      expect(sortedYaml(v)).toBe(yamlText(sortedKeys(v)));
    }
    expect(written).toBeGreaterThan(300);
  });
});

import { parseAllDocuments } from 'yaml';
import { readDocuments } from '../../src/render/documents.ts';

/** What the render read before js-yaml: the yaml package, YAML 1.2 core, duplicate keys allowed, 100 alias expansions. */
function yamlPackage(text: string): { documents: unknown[] } | { error: string } {
  const docs = parseAllDocuments(text, { uniqueKeys: false });
  const list = Array.isArray(docs) ? docs : [docs];
  const bad = list.findIndex((d) => d.errors.length > 0);
  if (bad >= 0) return { error: `rendered document ${bad + 1} is no YAML: ${list[bad].errors[0].message.split('\n')[0]}` };
  try {
    return { documents: list.map((d) => d.toJS({ maxAliasCount: 100 })) };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

function ours(text: string): { documents: unknown[]; by: string } | { error: string } {
  try {
    return readDocuments(text);
  } catch (e) {
    return { error: (e as Error).message };
  }
}

/**
 * Data as text that tells apart all a reading can differ in: -0 from 0, NaN, the order of keys, an own
 * `__proto__` key, a plain object from any other.
 */
function exact(v: unknown): string {
  if (typeof v === 'number') return Object.is(v, -0) ? '-0' : String(v);
  if (v === null || typeof v !== 'object') return `${typeof v}:${JSON.stringify(v)}`;
  if (Array.isArray(v)) return `[${v.map(exact).join(',')}]`;
  if (Object.getPrototypeOf(v) !== Object.prototype) return `not a plain object: ${Object.prototype.toString.call(v)}`;
  return `{${Object.keys(v)
    .map((k) => `${JSON.stringify(k)}:${exact((v as Record<string, unknown>)[k])}`)
    .join(',')}}`;
}

/** The two readings are the same data (exact), or both refuse with the same message. */
function expectSame(text: string): 'js-yaml' | 'yaml' | 'error' {
  const want = yamlPackage(text);
  const got = ours(text);
  if ('error' in want) {
    expect(got).toEqual({ error: want.error });
    return 'error';
  }
  if ('error' in got) throw new Error(`read failed where the yaml package read ${JSON.stringify(text)}: ${got.error}`);
  if (exact(got.documents) !== exact(want.documents))
    throw new Error(
      `${JSON.stringify(text)} read by ${got.by} as ${JSON.stringify(got.documents)}, the yaml package: ${JSON.stringify(want.documents)}`,
    );
  return got.by as 'js-yaml' | 'yaml';
}

/** Plain scalars where YAML 1.1, JSON and core schemas part, and where js-yaml's own core schema parts from the yaml package's. */
const SCALARS = [
  '1_000',
  '0777',
  '0o777',
  '0o8',
  '0x1F',
  '0X1F',
  '0xg',
  '0b101',
  '12:30:45',
  '+.5',
  '-.5',
  '.5',
  '5.',
  '+5',
  '-0',
  '+0',
  '00',
  '-0.0',
  '1e3',
  '1E3',
  '1e+3',
  '-1.5e-3',
  '.5e3',
  '1.e3',
  'e3',
  '1e',
  '1.2.3',
  '9007199254740993',
  '123456789012345678901234567890',
  '.inf',
  '-.inf',
  '+.inf',
  '.Inf',
  '.INF',
  '.iNf',
  '.nan',
  '.NaN',
  '.NAN',
  '-.nan',
  'nan',
  'inf',
  'Infinity',
  'NaN',
  'null',
  'Null',
  'NULL',
  'nULL',
  '~',
  'true',
  'True',
  'TRUE',
  'tRUE',
  'false',
  'False',
  'FALSE',
  'yes',
  'no',
  'on',
  'off',
  'y',
  'n',
  'Y',
  '2001-12-14t21:59:43.10-05:00',
  '2002-12-14',
  '1:20',
  '190:20:30.15',
  '0.1',
  '1.0',
  '100m',
  '128Mi',
  '1.8.0',
  'v1',
  '<<',
  '=',
  'sha256:abc',
  '"quoted"',
  "'single'",
  '- dash',
  '? q',
  ': c',
  '@at',
  '`tick',
  '%pct',
  '!bang',
  '&amp',
  '*star',
  '|pipe',
  '>gt',
  '#hash',
  'a #comment',
  'a:b',
  'a: b',
  'a,b',
  '[x]',
  '{x}',
  '\\t',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
];

describe('readDocuments reads as the yaml package (YAML 1.2 core) reads', () => {
  test.each(SCALARS)('the scalar %j as a value, a key, a flow item, quoted', (s) => {
    for (const text of [
      `v: ${s}\n`,
      `${s}: v\n`,
      `- ${s}\n`,
      `{ k: ${s} }\n`,
      `[ ${s} ]\n`,
      `{ ${s}: v }\n`,
      `v: "${s.replace(/["\\]/g, '\\$&')}"\n`,
      `v: '${s.replace(/'/g, "''")}'\n`,
      `v: |\n  ${s}\n`,
      `v: >-\n  ${s}\n  ${s}\n`,
    ])
      expectSame(text);
  });

  test('the Kubernetes scalars a chart prints take the fast path and are what a reviewer expects', () => {
    const text = [
      '---',
      '# Source: big/templates/all.yaml',
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata: { name: api, labels: { app: api } }',
      'spec:',
      '  replicas: 2',
      '  template:',
      '    spec:',
      '      containers:',
      '        - name: api',
      '          image: "ghcr.io/acme/api:1.8.0@sha256:aa"',
      '          args: [--port, 0777, 1_000, 0o17, 0x1F, +.5, 12:30:45, ~, "", 1e3]',
      '          resources: { requests: { cpu: 100m, memory: 128Mi } }',
      '---',
      '',
    ].join('\n');
    expect(expectSame(text)).toBe('js-yaml');
    expect(readDocuments(text).documents).toEqual([
      {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: 'api', labels: { app: 'api' } },
        spec: {
          replicas: 2,
          template: {
            spec: {
              containers: [
                {
                  name: 'api',
                  image: 'ghcr.io/acme/api:1.8.0@sha256:aa',
                  args: ['--port', 777, '1_000', 15, 31, 0.5, '12:30:45', null, '', 1000],
                  resources: { requests: { cpu: '100m', memory: '128Mi' } },
                },
              ],
            },
          },
        },
      },
      null,
    ]);
  });

  test.each([
    ['a null key is the empty key', '~: a\n---\nnull: b\n---\n: c\n---\n{ ~: d, x: 1 }\n'],
    ['numbers as keys are their JavaScript text', '1.0: b\n0x10: c\n.inf: d\n-0: e\ntrue: f\n1e3: g\n0o7: h\n'],
    ['a key that spells an inherited name is an own property', '__proto__: { polluted: true }\ntoString: x\nconstructor: y\n'],
    ['a merge key is a plain key in YAML 1.2', 'a: 1\n<<: { b: 2 }\n'],
    [
      'block scalars: keep, strip, indentation indicator',
      'a: |+\n  x\n\nb: |-\n  x\nc: |2\n    x\n  y\nd: >\n  a\n  b\n\n  c\n   more\n  d\ne: >+\n  x\n\n\n',
    ],
    ['double-quoted escapes', 'a: "\\t\\n\\x41\\u00e9\\U0001F600\\/\\ \\_\\N\\L\\P\\0\\a\\b\\e"\nb: "line\n  folded\n\n  kept"\n'],
    ['single quotes and multi-line plain scalars', "a: 'it''s\n  folded'\nb: plain\n  continued\n\n  para\n"],
    ['flow collections across lines', 'a: [1, 2,\n  3]\nb: { x: 1,\n  y: [ { z: ~ } ] }\nc: []\nd: {}\n'],
    ['a tab inside a value', 'a: x\ty\nb: "\t"\n'],
    ['document markers and comments only', '# nothing\n---\n# more\n...\n---\n...\n'],
    ['CRLF line ends', 'a: 1\r\nb:\r\n  - x\r\n'],
    ['a scalar document and a list document', '--- 5\n--- [a]\n--- text\n'],
    ['a list kind', 'apiVersion: v1\nkind: List\nitems:\n  - { kind: ConfigMap, metadata: { name: a } }\n'],
    ['an empty stream', ''],
    ['a flow key without a value', '{ a, b: }\n'],
    ['an explicit key', '? a\n: b\n'],
    ['a long line and unicode', `k: ${'é'.repeat(5000)}\n${'ü'.repeat(10)}: 🙂\n`],
  ])('%s', (_name, text) => {
    expect(expectSame(text)).toBe('js-yaml');
  });

  test.each([
    ['a duplicate key (the last one wins)', 'a: 1\nb: 2\na: 3\n'],
    ['a duplicate key spelled as another scalar', '1: a\n"1": b\n'],
    ['a key that is a map', '{ a: 1 }: x\n'],
    ['a key that is a list', '[a, b]: x\n'],
    ['an anchor and its alias', 'a: &x { b: 1 }\nc: *x\n'],
    ['a merge through an alias', 'base: &b { x: 1 }\nd:\n  <<: *b\n  y: 2\n'],
    ['a core tag', 'a: !!str 1\nb: !!int "2"\nc: !!float 3\n'],
    ['a binary tag', 'a: !!binary aGVsbG8=\n'],
    ['an unknown tag', 'a: !vault secret\nb: !<tag:example.com,2000:x> y\n'],
    ['the non-specific tag', 'a: ! 12\n'],
    ['a set and an ordered map', 'a: !!set { x, y }\nb: !!omap [ { x: 1 } ]\n'],
    ['a YAML 1.1 directive (1.1 scalars in that document)', '%YAML 1.1\n---\na: yes\nb: 0777\n'],
    ['a tag directive', '%TAG !e! tag:example.com,2000:\n---\na: !e!x 1\n'],
    ['nesting past 100', `${'['.repeat(150)}${']'.repeat(150)}\n`],
    ['a key of 1001 characters (the yaml package judges its length)', `${'k'.repeat(1001)}: v\n`],
    ['a byte-order mark before a block map (the yaml package reads it; js-yaml is not asked)', '\ufeffa: 1\n'],
  ])('%s: read by the yaml package', (_name, text) => {
    expect(expectSame(text)).toBe('yaml');
  });

  test.each([
    ['an unclosed flow map', 'a: { b: 1\n'],
    ['a block map after a document start on its line', '--- a: 1\n'],
    ['a tab as indentation', 'a:\n\tb: 1\n'],
    ['a bad indentation', 'a:\n  b: 1\n c: 2\n'],
    ['an alias to no anchor', 'a: *nothing\n'],
    ['a reserved indicator', 'a: @b\n'],
    ['an implicit key past 1024 characters', `${'k'.repeat(1100)}: v\n`],
    ['a quoted implicit key past 1024 characters', `"${'k'.repeat(1030)}": v\n`],
    ['a map in a compact map', 'a: b: c\n'],
    ['a map after an empty key', ':  m: [1]\n'],
    ['a list after a key on its line', 'a: - b\n'],
    ['a multi-line implicit key', 'a\nb: c\n'],
    ['an unterminated quote', 'a: "b\n'],
    ['a bad escape', 'a: "\\q"\n'],
  ])('%s: refused with the yaml package’s message', (_name, text) => {
    expect(expectSame(text)).toBe('error');
  });

  test('an alias bomb is refused by the yaml package’s bound, not expanded', () => {
    const rows = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 10; i++)
      rows.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(', ')}]`,
      );
    const text = `${rows.join('\n')}\n`;
    expect(() => readDocuments(text)).toThrow(/Excessive alias count/);
  });

  test('a second document with an error is named by its number', () => {
    expect(() => readDocuments('a: 1\n---\nb: [\n')).toThrow(/^rendered document 2 is no YAML: /);
  });

  test('deep nesting within the bound and a huge key still read alike', () => {
    expect(expectSame(`${'['.repeat(90)}1${']'.repeat(90)}\n`)).toBe('js-yaml');
    expect(expectSame(`"${'k'.repeat(1000)}": v\n`)).toBe('js-yaml');
  });

  test('random documents of tricky scalars in every style read alike', () => {
    // A fixed-seed generator: the same documents every run, thousands of combinations no hand list holds.
    let seed = 57;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const pick = <T>(xs: readonly T[]) => xs[next(xs.length)];
    const scalar = () => {
      const s = pick(SCALARS.filter((x) => !/^[-?:@`%!&*|>#"'{}[\],]|[#{}[\],]| #|: /.test(x)));
      return pick([s, `"${s.replace(/["\\]/g, '\\$&')}"`, `'${s.replace(/'/g, "''")}'`]);
    };
    const node = (depth: number, indent: string): string => {
      const kind = depth > 3 ? 0 : next(4);
      if (kind === 0) return ` ${scalar()}`;
      if (kind === 1) return ` [${Array.from({ length: next(4) }, () => scalar()).join(', ')}]`;
      if (kind === 2) return `\n${Array.from({ length: 1 + next(3) }, () => `${indent}-${node(depth + 1, `${indent}  `)}`).join('\n')}`;
      const keys = new Set(Array.from({ length: 1 + next(4) }, () => `k${next(20)}`));
      return `\n${[...keys].map((k) => `${indent}${k}:${node(depth + 1, `${indent}  `)}`).join('\n')}`;
    };
    const paths = { 'js-yaml': 0, yaml: 0, error: 0 };
    for (let i = 0; i < 300; i++) {
      const docs = Array.from({ length: 1 + next(3) }, () => `---\nroot:${node(0, '  ')}\n`).join('');
      paths[expectSame(docs)]++;
    }
    expect(paths).toEqual({ 'js-yaml': 300, yaml: 0, error: 0 });
  });

  test('rendered manifests mangled at random (a hostile template) read alike or fall to the yaml package', () => {
    const bases = [
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  labels: { app: a, tier: x }\ndata:\n  k: "v"\n  l: |\n    line\n    two\n  m: [1, 2, "3"]\nitems:\n- a: 1\n  b: 2\n- - x\n  - y\n',
      "---\n# Source: x\na:\n  b:\n    c: d\n  e: >\n    f\n    g\n---\nh: 'i'\nj: ~\n",
      'a: |+\n  x\n\nb: >-\n  y\n   z\n\n  w\nc: "p\\tq\n  r"\nd: \'s\n  t\'\ne: [u,\n  {v: w}]\nf: plain\n  more # c\n...\n--- x\n',
      'k:\r\n- 1\r\n- 0o7\r\n- .5\r\n-\r\n- ? x\r\n  : y\r\n',
    ];
    const bits = [
      ':',
      ' ',
      '\n',
      '-',
      '[',
      ']',
      '{',
      '}',
      '"',
      "'",
      '#',
      '\t',
      ',',
      '?',
      '|',
      '>',
      '  ',
      'a',
      '\n  ',
      ': ',
      '- ',
      '...',
      '---',
    ];
    bits.push('\\', '0', '.', '!', '&', '*', '%', '\r\n', '|-', '>+', '~', 'null', '1e3', '\ufeff', ' #', '\n---\n', '@');
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const paths = { 'js-yaml': 0, yaml: 0, error: 0 };
    for (let i = 0; i < 1000; i++) {
      let t = bases[next(bases.length)];
      for (let m = 0, n = 1 + next(3); m < n; m++) {
        const p = next(t.length + 1);
        const op = next(3);
        if (op === 0) t = t.slice(0, p) + bits[next(bits.length)] + t.slice(p);
        else if (op === 1) t = t.slice(0, p) + t.slice(p + 1 + next(3));
        else t = t.slice(0, p) + bits[next(bits.length)] + t.slice(p + 1);
      }
      paths[expectSame(t)]++;
    }
    // Most mangled manifests still take the fast path; every one read alike (expectSame throws otherwise).
    expect(paths['js-yaml']).toBeGreaterThan(300);
    expect(paths['js-yaml'] + paths.yaml + paths.error).toBe(1000);
  });
});

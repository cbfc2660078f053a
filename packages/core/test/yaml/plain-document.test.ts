import { readFileSync } from 'node:fs';
import { isMap, isSeq, isScalar } from 'yaml';
import { nodeAt, parseYaml } from '../../src/yaml/read.ts';
import { plainDocument, UNKNOWN } from '../../src/yaml/plain-document.ts';

type Path = (string | number)[];

/** Every path of the yaml package's tree (each map key's value, each list item), and one missing key under each map. */
function paths(node: unknown, at: Path = []): Path[] {
  const out: Path[] = [at];
  if (isMap(node)) {
    for (const p of node.items) if (isScalar(p.key)) out.push(...paths(p.value, [...at, String(p.key.value)]));
    out.push([...at, 'no-such-key'], [...at, 0]);
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => out.push(...paths(item, [...at, i])));
    out.push([...at, node.items.length], [...at, 'x']);
  } else out.push([...at, 'below-a-scalar']);
  return out;
}

/** Each path's line as the config loader read it before (the yaml package's node at the path, its range's line), and as ours. */
function bothLines(text: string): { path: string; yaml: number | undefined; ours: number | undefined | 'unknown' }[] {
  const parsed = parseYaml(text, 'x.yml');
  const doc = plainDocument(text);
  if (doc === undefined) throw new Error('not read by js-yaml');
  return paths(parsed.doc.contents).map((p) => {
    const line = doc.lineOf(p);
    return { path: p.join('.'), yaml: parsed.lineOf(nodeAt(parsed, p)), ours: line === UNKNOWN ? 'unknown' : line };
  });
}

const TRICKY = `# a comment first
tag-prefix: v

services:
  # a comment before the first key of a block map
  api: { image: ghcr.io/acme/api, values-key: services.api.image }
  "quoted key":
    image: "ghcr.io/acme/q"   # trailing comment
    values-key: 'services.q.image'
  multi: { image: "ghcr.io/acme/
      multi", values-key: a.b }
environments:

  # a comment before the first item
  - name: dev
    values: envs/dev.yaml
    after:
      - staging
  -   name: staging
      values: >-
        envs/staging.yaml
      windows:
      notes: |
        two
        lines
  - { name: prod, values: envs/prod.yaml, after: [dev,
      staging] }
waves:
  w1: [prod]
  w2:
  - dev
  -
  - ""
empty:
`;

test('every line the events place is the yaml package’s, and what they cannot place is said unknown', () => {
  const lines = bothLines(TRICKY);
  const placed = lines.filter((l) => l.ours !== 'unknown');
  expect(placed.filter((l) => l.ours !== l.yaml)).toEqual([]);
  // Block scalars (content on the next line), empty values and the empty quoted string: the yaml package is asked.
  expect(lines.filter((l) => l.ours === 'unknown').map((l) => l.path)).toEqual([
    'environments.1.values',
    'environments.1.windows',
    'environments.1.notes',
    'waves.w2.1',
    'waves.w2.2',
    'empty',
  ]);
  // Literal lines where they matter to messages: a flow map's line, a comment-led block map's first key, a list item.
  const at = (p: string) => lines.find((l) => l.path === p)?.ours;
  expect([at('services'), at('services.api'), at('services.quoted key.image'), at('environments'), at('environments.1')]).toEqual([
    6, 6, 8, 15, 19,
  ]);
  expect([at('environments.2.after.1'), at('services.multi.image'), at('waves.w2'), at('no-such-key'), at('environments.3')]).toEqual([
    27,
    10,
    31,
    undefined,
    undefined,
  ]);
});

test('the repository’s own config and a fleet-shaped one: every line as the yaml package has it, none unknown', () => {
  const own = readFileSync(new URL('../../../../.github/lockstep.yml', import.meta.url), 'utf8');
  const services = Array.from(
    { length: 40 },
    (_, i) => `  svc-${i}: { image: r.example/acme/svc-${i}, values-key: services.svc-${i}.image }`,
  );
  const envs = Array.from({ length: 30 }, (_, i) => `  - { name: prod-${i}, values: environments/prod-${i}/values.yaml }`);
  const fleet = `tag-prefix: v\nservices:\n${services.join('\n')}\nenvironments:\n${envs.join('\n')}\nwaves:\n  w1: [prod-0, prod-1]\n`;
  for (const text of [own, fleet]) {
    const lines = bothLines(text);
    expect(lines.filter((l) => l.ours !== l.yaml)).toEqual([]);
  }
  expect(plainDocument(fleet)!.lineOf(['environments', 29, 'values'])).toBe(73);
});

test('the data is the yaml package’s toJS, and an empty or comment-only text holds none', () => {
  expect(plainDocument(TRICKY)!.data).toEqual(parseYaml(TRICKY, 'x.yml').doc.toJS());
  expect(plainDocument('key: 0777\nn: 0o17\nf: .5\nt: ~\nu: 1_000\n')!.data).toEqual({ key: 777, n: 15, f: 0.5, t: null, u: '1_000' });
  expect(plainDocument('')!.data).toBeNull();
  expect(plainDocument('# only a comment\n')!.data).toBeNull();
  expect(plainDocument('# only a comment\n')!.lineOf([])).toBeUndefined();
});

test('what the two libraries may read differently is not this reader’s: the yaml package reads it', () => {
  const refused = [
    'a: 1\na: 2\n', // a duplicate key (js-yaml refuses it; the yaml package names its line)
    'a: &x 1\nb: *x\n', // an anchor and an alias
    'a: !!str 1\n', // a tag
    '%YAML 1.2\n---\na: 1\n', // a directive
    'a: b: c\n', // a block map on its key's line (the yaml package refuses it)
    'a: 1\n---\nb: 2\n', // two documents
    '1.0: x\n', // a key the core schema reads as a number (String(1) is '1', not '1.0')
    'true: x\n', // a key read as a boolean
    '~: x\n', // a key read as null
    '? [a, b]\n: x\n', // a key that is a list
    'a: [1\n', // no YAML at all
    `${'k'.repeat(1001)}: x\n`, // a key past the yaml package's bound
    // What the yaml package refuses as invalid YAML stays its to say, at its line:
    'a:\n\tb: 1\n', // a tab as indentation
    "a: 'x' y\n", // text after a quoted scalar
    'a: 1\n  b: 2\n', // a nested mapping under a scalar
    'a:\n  - b\n  c: 1\n', // a key beside a list's items
    'a: [1,,2]\n', // an empty flow item
    'a: "\\x"\n', // a bad escape
    'a: - b\n', // a list on its key's line
  ];
  expect(refused.filter((text) => plainDocument(text) !== undefined)).toEqual([]);
  // A quoted key that looks like a number is the string the yaml package compares.
  expect(plainDocument('"1.0": x\n')!.lineOf(['1.0'])).toBe(1);
});

test('the text of each plain scalar is the one the yaml package’s node spans; quoted, block and collection nodes have none', () => {
  for (const text of [TRICKY, 'a: b\n  c\nd:\ne: "x"\nf: yes # c\ng: [on, "off", 1.0]\nh: {i: ~}\n']) {
    const parsed = parseYaml(text, 'x.yml');
    const doc = plainDocument(text)!;
    const differ = paths(parsed.doc.contents).filter((p) => {
      const node = nodeAt(parsed, p);
      const yaml = isScalar(node) && node.type === 'PLAIN' && node.range ? text.slice(node.range[0], node.range[1]) : undefined;
      return doc.plainAt(p) !== yaml;
    });
    expect(differ).toEqual([]);
  }
  const doc = plainDocument('a: b\n  c\nd:\ne: "x"\nf: yes # c\ng: [on, "off", 1.0]\nh: {i: ~}\n')!;
  expect([doc.plainAt(['a']), doc.plainAt(['d']), doc.plainAt(['e']), doc.plainAt(['f']), doc.plainAt(['g', 0])]).toEqual([
    'b\n  c',
    '',
    undefined,
    'yes',
    'on',
  ]);
  expect([doc.plainAt(['g', 1]), doc.plainAt(['g', 2]), doc.plainAt(['h', 'i']), doc.plainAt(['h']), doc.plainAt(['x'])]).toEqual([
    undefined,
    '1.0',
    '~',
    undefined,
    undefined,
  ]);
});

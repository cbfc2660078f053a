import { compareRenders, DEFAULT_IGNORE, maskSecrets, printObjects } from '../../src/render/compare.ts';
import { splitObjects } from '../../src/render/objects.ts';
import { renderedMarkdown, type EnvironmentRender } from '../../src/render/report.ts';

// Issue 52, items 2–4: lists unwrapped, Secrets masked at any depth with nothing derived from their values, names inert.

const opts = { ignore: [], summarize: [], ignoreDifferences: [] };

describe('splitObjects unwraps lists as kubectl and Argo CD do', () => {
  test('a List, a *List inside it, and plain documents: every item an object of its own', () => {
    const text = [
      'apiVersion: v1',
      'kind: List',
      'items:',
      '  - { apiVersion: v1, kind: Secret, metadata: { name: a }, data: { k: djE= } }',
      '  - apiVersion: v1',
      '    kind: ConfigMapList',
      '    items:',
      '      - { apiVersion: v1, kind: ConfigMap, metadata: { name: b, namespace: other } }',
      '---',
      'apiVersion: v1',
      'kind: ServiceList',
      'items: []',
      '---',
      'apiVersion: v1',
      'kind: List',
      'metadata: { name: no-items }',
      '',
    ].join('\n');
    expect([...splitObjects(text, 'prod').keys()]).toEqual(['v1/Secret/prod/a', 'v1/ConfigMap/other/b', 'v1/List/prod/no-items']);
  });
});

describe('compareRenders on aliases', () => {
  test('a map an alias repeats prints in full at each place, and a path ignored through one place is gone from each', () => {
    const text = (stamp: string) =>
      [
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata:',
        '  name: web',
        `  labels: &l { app: web, stamp: "${stamp}", zone: a }`,
        'spec:',
        '  selector: { matchLabels: *l }',
        '  template:',
        '    metadata: { labels: *l }',
        '',
      ].join('\n');
    const d = compareRenders(splitObjects(text('1'), 'prod'), splitObjects(text('2'), 'prod'), undefined, {
      ...opts,
      ignoreDifferences: [{ group: 'apps', kind: 'Deployment', jsonPointers: ['/metadata/labels/zone'] }],
    });
    expect(d.changes.map((c) => c.diff)).toEqual([
      [
        '@@ -3,15 +3,15 @@',
        ' metadata:',
        '   labels:',
        '     app: web',
        '-    stamp: "1"',
        '+    stamp: "2"',
        '   name: web',
        ' spec:',
        '   selector:',
        '     matchLabels:',
        '       app: web',
        '-      stamp: "1"',
        '+      stamp: "2"',
        '   template:',
        '     metadata:',
        '       labels:',
        '         app: web',
        '-        stamp: "1"',
        '+        stamp: "2"',
      ].join('\n'),
    ]);
  });
});

describe('maskSecrets', () => {
  test('same value unchanged, changed value changed, one side only masked; data and stringData; at any depth', () => {
    const secret = (data: Record<string, unknown>, stringData?: unknown) => ({
      kind: 'Secret',
      data,
      ...(stringData !== undefined ? { stringData } : {}),
    });
    const before = { kind: 'Wrapper', spec: { inner: [secret({ same: 'c2FtZQ==', moved: 'b2xk', gone: 'eA==' }, 'whole-text')] } };
    const after = { kind: 'Wrapper', spec: { inner: [secret({ same: 'c2FtZQ==', moved: 'bmV3', fresh: 'eQ==' }, 'whole-text')] } };
    maskSecrets(before, after);
    expect(before.spec.inner[0]).toEqual(secret({ same: '<unchanged>', moved: '<masked>', gone: '<masked>' }, '<unchanged>'));
    expect(after.spec.inner[0]).toEqual(secret({ same: '<unchanged>', moved: '<changed>', fresh: '<masked>' }, '<unchanged>'));
  });

  test('a value differing between two renders stays <non-deterministic>; a field that is no map is masked whole', () => {
    const before = { kind: 'Secret', data: { r: 'YQ==' }, stringData: 'one' };
    const after = { kind: 'Secret', data: { r: '<non-deterministic>' }, stringData: 'two' };
    maskSecrets(before, after);
    expect(before).toEqual({ kind: 'Secret', data: { r: '<masked>' }, stringData: '<masked>' });
    expect(after).toEqual({ kind: 'Secret', data: { r: '<non-deterministic>' }, stringData: '<changed>' });
  });

  test('compareRenders prints the same text for the same input on every run (no key, no hash)', () => {
    const objs = (v: string) =>
      splitObjects(`apiVersion: v1\nkind: List\nitems:\n  - { apiVersion: v1, kind: Secret, metadata: { name: s }, data: { p: ${v} } }\n`);
    const one = compareRenders(objs('YQ=='), objs('Yg=='), undefined, opts);
    const two = compareRenders(objs('YQ=='), objs('Yg=='), undefined, opts);
    expect(one.changes[0].diff).toBe(two.changes[0].diff);
    expect(one.changes[0].diff).toContain('-  p: <masked>\n+  p: <changed>');
    expect(JSON.stringify(one)).not.toMatch(/YQ==|Yg==/);
  });
});

describe('renderedMarkdown: object names are inert', () => {
  test('a name with mentions, a foreign closing keyword and HTML in the fold summary', () => {
    const env: EnvironmentRender = {
      environment: 'prod',
      status: 'rendered',
      diff: {
        changes: [{ object: 'ConfigMap @acme/everyone fixes evil/repo#2 <b>x</b> | y', key: 'k', change: 'added', diff: '+a' }],
        counts: { changed: 0, added: 1, removed: 0 },
        unchanged: 0,
        ignoredLines: 0,
        nondeterministic: 0,
        unread: [],
        appliedOnSync: 0,
      },
    };
    expect(renderedMarkdown([env], 65536)).toContain(
      '<details><summary>added: ConfigMap @\u200dacme/everyone f\u200dixes evil/repo#2 &lt;b&gt;x&lt;/b&gt; &#124; y</summary>',
    );
  });
});

describe('printObjects: the before side printed while the after side renders', () => {
  const side = (image: string, chart: string, password: string, replicas: number) =>
    splitObjects(
      [
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata: { name: api, namespace: prod, labels: { helm.sh/chart: ' + chart + ' } }',
        `spec: { replicas: ${replicas}, template: { spec: { containers: [{ name: api, image: "${image}" }] } } }`,
        '---',
        'apiVersion: v1',
        'kind: Secret',
        'metadata: { name: db, namespace: prod }',
        `data: { password: ${password} }`,
        '---',
        'apiVersion: apps/v1',
        'kind: StatefulSet',
        'metadata: { name: cache, namespace: prod }',
        `spec: { replicas: ${replicas} }`,
        '',
      ].join('\n'),
    );
  const before = side('ghcr.io/acme/api@sha256:' + 'a'.repeat(64), 'api-1.0.0', 'YQ==', 2);
  const after = side('ghcr.io/acme/api@sha256:' + 'b'.repeat(64), 'api-1.1.0', 'Yg==', 3);
  const withRules = {
    ignore: DEFAULT_IGNORE.map((r) => new RegExp(r)),
    summarize: [],
    ignoreDifferences: [{ group: 'apps', kind: 'StatefulSet', jsonPointers: ['/spec/replicas'] }],
  };

  test('each object is printed as compareRenders prints it: a Secret only marked, an object a rule covers left out', () => {
    const { printed } = printObjects(before, withRules);
    expect([...printed].map(([o, p]) => [o.kind, p.secret ? 'secret' : p.kept, p.secret ? [] : p.taken])).toEqual([
      [
        'Deployment',
        [
          'apiVersion: apps/v1',
          'kind: Deployment',
          'metadata:',
          '  labels:',
          '  name: api',
          '  namespace: prod',
          'spec:',
          '  replicas: 2',
          '  template:',
          '    spec:',
          '      containers:',
          `        - image: ghcr.io/acme/api@sha256:${'a'.repeat(64)}`,
          '          name: api',
          '',
        ].join('\n'),
        ['    helm.sh/chart: api-1.0.0\n'],
      ],
      ['Secret', 'secret', []],
    ]);
  });

  test('the comparison with the before side printed ahead is the comparison without', () => {
    const without = compareRenders(before, after, undefined, withRules);
    expect(compareRenders(before, after, undefined, withRules, printObjects(before, withRules))).toEqual(without);
    expect(without.counts).toEqual({ changed: 2, added: 0, removed: 0 });
    expect(without.unchanged).toBe(1);
    expect(without.ignoredLines).toBe(1);
    expect(without.changes.map((c) => c.diff)).toEqual([
      [
        '@@ -5,9 +5,9 @@',
        '   name: api',
        '   namespace: prod',
        ' spec:',
        '-  replicas: 2',
        '+  replicas: 3',
        '   template:',
        '     spec:',
        '       containers:',
        `-        - image: ghcr.io/acme/api@sha256:${'a'.repeat(64)}`,
        `+        - image: ghcr.io/acme/api@sha256:${'b'.repeat(64)}`,
        '           name: api',
      ].join('\n'),
      expect.stringContaining('-  password: <masked>\n+  password: <changed>'),
    ]);
  });

  test('printed with other ignore patterns, they are not read: the churn line is still taken out and counted', () => {
    const ahead = printObjects(before, { ...withRules, ignore: [] });
    const r = compareRenders(before, after, undefined, withRules, ahead);
    expect(r).toEqual(compareRenders(before, after, undefined, withRules));
    expect(r.ignoredLines).toBe(1);
    expect(r.changes[0].diff).not.toContain('helm.sh/chart');
  });
});

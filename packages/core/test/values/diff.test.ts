import { diffValues, kindOf } from '../../src/values/diff.ts';
import { parseDocument, type Node, type YAMLMap } from 'yaml';
import { UserError } from '../../src/errors.ts';

const F = 'charts/myapp/values.yaml';

const BASE = `# Default values for myapp.
replicaCount: 1
image:
  repository: ghcr.io/acme/api
  pullPolicy: IfNotPresent
  tag: ""
service:
  type: ClusterIP
  port: 80
ingress:
  enabled: false
  hosts:
    - host: chart-example.local
resources: {}
nodeSelector: {}
podAnnotations:
extraEnv: []
`;

describe('diffValues', () => {
  test.each<[string, string, string[]]>([
    ['identical text', BASE, []],
    ['a comment and a value changed', BASE.replace('# Default', '# The').replace('port: 80', 'port: 8080'), []],
    ['a key added', `${BASE}tolerations: []\n`, []],
    ['a nested key removed', BASE.replace('  pullPolicy: IfNotPresent\n', ''), ['5:key image.pullPolicy removed']],
    ['a key renamed (removed + added)', BASE.replace('replicaCount: 1', 'replicas: 1'), ['2:key replicaCount removed']],
    ['a whole block removed', BASE.replace(/ingress:\n( {2}.*\n| {4}.*\n)+/, ''), ['10:key ingress removed']],
    ['number → a different string', BASE.replace('port: 80', 'port: "http"'), ['9:key service.port changed type from number to string']],
    ['boolean → string', BASE.replace('enabled: false', 'enabled: "no"'), ['11:key ingress.enabled changed type from boolean to string']],
    ['map → list', BASE.replace('resources: {}', 'resources: []'), ['14:key resources changed type from map to list']],
    ['list items changed is not breaking', BASE.replace('chart-example.local', 'example.com'), []],
    ['an empty map filled is not breaking', BASE.replace('nodeSelector: {}', 'nodeSelector:\n  disk: ssd'), []],
    ['a null placeholder filled is not breaking', BASE.replace('podAnnotations:', 'podAnnotations:\n  a: b'), []],
    ['a value set to null is not breaking', BASE.replace('replicaCount: 1', 'replicaCount: ~'), []],
    [
      'a map with keys set to null removes them',
      BASE.replace(/image:\n( {2}.*\n)+/, 'image: ~\n'),
      ['4:key image.repository removed', '5:key image.pullPolicy removed', '6:key image.tag removed'],
    ],
    ['an empty map set to null is not breaking', BASE.replace('resources: {}', 'resources:'), []],
    ['int → float stays a number', BASE.replace('replicaCount: 1', 'replicaCount: 1.5'), []],
  ])('%s', (_name, head, expected) => {
    const got = diffValues(BASE, head, F, F).map((b) => `${b.line}:${b.message}`);
    expect(got).toEqual(expected);
  });

  const ANCHORED = 'defaults: &d\n  cpu: 100m\n  memory: 128Mi\nworker:\n  <<: *d\n  replicas: 1\nsidecar: *d\n';
  test.each<[string, string, string[]]>([
    ['a merge key written out inline is not breaking', ANCHORED.replace('  <<: *d\n', '  cpu: 100m\n  memory: 128Mi\n'), []],
    [
      'a key dropped from a merged anchor is removed where it was merged',
      ANCHORED.replace('  memory: 128Mi\n', ''),
      ['3:key defaults.memory removed', '3:key worker.memory removed', '3:key sidecar.memory removed'],
    ],
    [
      'an alias replaced by a scalar changes type',
      ANCHORED.replace('sidecar: *d', 'sidecar: "none"'),
      ['7:key sidecar changed type from map to string'],
    ],
    ['an alias replaced by the same keys is not breaking', ANCHORED.replace('sidecar: *d', 'sidecar: {cpu: 200m, memory: 1Gi}'), []],
  ])('anchors: %s', (_name, head, expected) => {
    expect(diffValues(ANCHORED, head, F, F).map((b) => `${b.line}:${b.message}`)).toEqual(expected);
  });

  test.each([
    ['yes → true', 'enabled: yes\n', 'enabled: true\n'],
    ['off → false', 'enabled: off\n', 'enabled: false\n'],
    ['0644 → 420', 'mode: 0644\n', 'mode: 420\n'],
  ])('Helm reads values as YAML 1.1, so %s keeps the kind', (_n, base, head) => {
    expect(diffValues(base, head, F, F)).toEqual([]);
  });

  // Helm users write `tag: 1.10` meaning the string; quoting it fixes the value, it does not change its type.
  test.each<[string, string, string]>([
    ['a float quoted as its source text', 'tag: 1.10\n', 'tag: "1.10"\n'],
    ['a float single-quoted as its source text', 'tag: 1.10\n', "tag: '1.10'\n"],
    ['a float written as its YAML 1.1 reading', 'tag: 1.10\n', 'tag: "1.1"\n'],
    ['an int quoted as its source text', 'port: 80\n', 'port: "80"\n'],
    ['an octal written as its YAML 1.1 reading', 'mode: 0755\n', 'mode: "493"\n'],
    ['an octal quoted as its source text', 'mode: 0755\n', 'mode: "0755"\n'],
    ['an exponent written as its YAML 1.1 reading', 'size: 1e3\n', 'size: "1000"\n'],
  ])('number → string is not breaking for %s', (_n, base, head) => {
    expect(diffValues(base, head, F, F)).toEqual([]);
  });

  test.each<[string, string, string]>([
    ['a different version', 'tag: 1.10\n', 'tag: "1.10.1"\n'],
    ['a padded string', 'tag: 1.10\n', 'tag: " 1.10"\n'],
    ['another number written as a string', 'port: 80\n', 'port: "8080"\n'],
    ['an octal written as its YAML 1.2 reading (Helm reads 493)', 'mode: 0755\n', 'mode: "755"\n'],
  ])('number → string is still breaking for %s', (_n, base, head) => {
    expect(diffValues(base, head, F, F).map((b) => b.message)).toEqual([`key ${base.split(':')[0]} changed type from number to string`]);
  });

  test('removed keys point at the base line; type changes at the head line', () => {
    const head = BASE.replace('replicaCount: 1\n', '').replace('port: 80', 'port: http');
    const got = diffValues(BASE, head, 'base-file', 'head-file');
    expect(got.map((b) => [b.file, b.line, b.key])).toEqual([
      ['base-file', 2, 'replicaCount'],
      ['head-file', 8, 'service.port'],
    ]);
  });

  test.each([
    ['a duplicate key in head', `${BASE}replicaCount: 2\n`, /duplicate key 'replicaCount'/],
    ['invalid YAML in head', `${BASE}other: [\n`, /invalid YAML/],
  ])('%s is a UserError with the line', (_n, head, msg) => {
    try {
      diffValues(BASE, head, F, F);
      throw new Error('no error');
    } catch (e) {
      expect(e).toBeInstanceOf(UserError);
      expect((e as UserError).message).toMatch(msg);
      expect((e as UserError).line).toBeGreaterThan(1);
    }
  });

  test.each([
    ['empty', ''],
    ['only comments', '# all defaults moved to the README\n'],
  ])('a values.yaml emptied (%s) removes every key', (_n, head) => {
    expect(diffValues('replicaCount: 1\nimage:\n  tag: ""\n', head, F, F).map((b) => `${b.line}:${b.message}`)).toEqual([
      '1:key replicaCount removed',
      '2:key image removed',
    ]);
  });

  test('a broken base is not compared (the pull request cannot fix it)', () => {
    expect(diffValues('a: [\n', BASE, F, F)).toEqual([]);
  });

  test.each([
    ['a: 1', 'number'],
    ['a: "1"', 'string'],
    ['a: true', 'boolean'],
    ['a: ~', 'null'],
    ['a: {}', 'map'],
    ['a: []', 'list'],
  ])('kindOf(%s) = %s', (text, kind) => {
    const doc = parseDocument(text);
    expect(kindOf((doc.contents as YAMLMap<unknown, Node>).items[0].value)).toBe(kind);
  });
});

import { envsubst, substituteBuild } from '../../src/render/flux-substitute.ts';

// Flux's post-build substitution (kustomize-controller docs, "Post build variable substitution"), strict mode aside:
// ${var}, ${var:=default}, $${var} as an escape, $var left as written, the substitute: disabled label/annotation,
// and nothing substituted when no variable is defined.

const vars = new Map([
  ['cluster_env', 'prod'],
  ['REPLICAS', '3'],
  ['EMPTY', ''],
]);

describe('envsubst', () => {
  test.each([
    ['name: app-${cluster_env}', 'name: app-prod'],
    ['replicas: ${REPLICAS}', 'replicas: 3'],
    ['a: ${missing}', 'a: '],
    ['a: ${missing:=eu-1}', 'a: eu-1'],
    ['a: ${missing:-eu-2}', 'a: eu-2'],
    ['a: ${EMPTY:=filled}', 'a: filled'],
    ['a: ${cluster_env:=dev}', 'a: prod'],
    ['cmd: echo $${HOME} $HOME', 'cmd: echo ${HOME} $HOME'],
    ['cost: 5$ and $$ and $', 'cost: 5$ and $$ and $'],
    ['a: ${_x1}-${REPLICAS}${REPLICAS}', 'a: -33'],
    ['url: ${missing:=http://x:80/y}', 'url: http://x:80/y'],
  ])('%s', (text, want) => {
    expect(envsubst(text, vars)).toEqual({ text: want });
  });

  test.each([
    ['a: ${cluster_env:0:2}', { message: '${cluster_env:0:2}: lockstep substitutes ${var}, ${var:=default} and ${var:-default} only' }],
    [
      'a: ${cluster_env/prod/dev}',
      { message: '${cluster_env/prod/dev}: lockstep substitutes ${var}, ${var:=default} and ${var:-default} only' },
    ],
    ['a: ${#cluster_env}', { message: '${#cluster_env}: lockstep substitutes ${var}, ${var:=default} and ${var:-default} only' }],
    ['a: ${x:=${y}}', { message: '${x:=${y}: lockstep substitutes ${var}, ${var:=default} and ${var:-default} only' }],
    ['a: ${unclosed', { message: '${unclosed: no closing brace' }],
  ])('refused: %s', (text, want) => {
    expect(envsubst(text, vars)).toEqual(want);
  });
});

describe('substituteBuild', () => {
  const build = [
    'apiVersion: v1',
    'kind: ConfigMap',
    'metadata:',
    '  name: a-${cluster_env}',
    '---',
    'apiVersion: v1',
    'kind: ConfigMap',
    'metadata:',
    '  annotations:',
    '    kustomize.toolkit.fluxcd.io/substitute: disabled',
    '  name: script',
    'data:',
    '  run.sh: echo ${cluster_env}',
    '---',
    'apiVersion: v1',
    'kind: ConfigMap',
    'metadata:',
    '  labels:',
    '    kustomize.toolkit.fluxcd.io/substitute: disabled',
    '  name: labelled-${cluster_env}',
    '---',
    'apiVersion: v1',
    'kind: ConfigMap',
    'metadata:',
    '  name: c',
    'data:',
    '  region: ${region:=eu-west-1}',
    '',
  ].join('\n');

  test('each object substituted but those labelled or annotated disabled', () => {
    expect(substituteBuild(build, vars)).toEqual({
      text: build.replace('a-${cluster_env}', 'a-prod').replace('${region:=eu-west-1}', 'eu-west-1'),
    });
  });

  test('no variable defined: nothing substituted, defaults included', () => {
    expect(substituteBuild(build, new Map())).toEqual({ text: build });
  });

  test('a variable name Flux refuses', () => {
    expect(substituteBuild(build, new Map([['bad-name', 'x']]))).toEqual({
      message: 'variable name "bad-name" is invalid: Flux takes names matching ^[_a-zA-Z][_a-zA-Z0-9]*$',
    });
  });

  test('a value that would write YAML is written as it is (the re-parse judges it)', () => {
    expect(substituteBuild('a: ${v}\n', new Map([['v', 'x\n  b: 1']]))).toEqual({ text: 'a: x\n  b: 1\n' });
  });
});

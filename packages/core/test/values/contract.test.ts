import { UserError } from '../../src/errors.ts';
import type { ChartValuesFiles } from '../../src/values/chart-drift.ts';
import { contractIndex } from '../../src/values/contract-index.ts';
import { judgeValues, valuesContract } from '../../src/values/contract.ts';

/** A chart of one template file (and helpers), its subcharts given. */
function chart(templates: Record<string, string>, dependencies: ChartValuesFiles['dependencies'] = [], name = 'app'): ChartValuesFiles {
  const templateFiles = Object.entries(templates).map(([path, text]) => ({ path: `${name}/templates/${path}`, text }));
  return { name, version: '1.0.0', dependencies, templateFiles, templates: templateFiles.map((t) => t.text) };
}

/** `file:line: key (suggestion)` of each unread key the values set. */
function unread(c: ChartValuesFiles, values: string): string[] {
  return valuesContract(c, values, 'values-prod.yaml').unread.map(
    (u) => `${u.file}:${u.line}: ${u.key}${u.suggestion ? ` → ${u.suggestion}` : ''}`,
  );
}

describe('keys no template reads, named at their line', () => {
  test('a mistyped key is named with the key the chart reads', () => {
    const c = chart({ 'deploy.yaml': '{{ if .Values.controller.metrics.enabled }}port: {{ .Values.controller.metrics.port }}{{ end }}' });
    expect(unread(c, 'controller:\n  metrics:\n    enable: true\n    port: 9090\n')).toEqual([
      'values-prod.yaml:3: controller.metrics.enable → controller.metrics.enabled',
    ]);
  });

  test('a mis-nested key is named with the place the chart reads it', () => {
    const c = chart({ 'deploy.yaml': '{{ if .Values.controller.metrics.enabled }}on{{ end }}{{ .Values.image.tag }}' });
    expect(unread(c, 'image:\n  tag: "1.2"\nmetrics:\n  enabled: true\n')).toEqual([
      'values-prod.yaml:4: metrics.enabled → controller.metrics.enabled',
    ]);
  });

  test('a condition reads the key it tests, not the keys below it', () => {
    const c = chart({ 'deploy.yaml': '{{ if .Values.ingress }}host: {{ .Values.ingress.host }}{{ end }}' });
    expect(unread(c, 'ingress:\n  host: a.example\n  hots: b.example\n')).toEqual(['values-prod.yaml:3: ingress.hots → ingress.host']);
  });

  test('keys counted: checked, unread and not traced', () => {
    const c = chart({ 'cm.yaml': '{{ $k := .Values.which }}{{ index .Values.byName $k }}{{ .Values.a }}' });
    const r = judgeValues(contractIndex(c), 'which: x\nbyName:\n  x: 1\n  y: 2\na: 1\nb: 2\n', 'v.yaml');
    expect({ checked: r.checked, unread: r.unread.map((u) => u.key), notTraced: r.notTraced }).toEqual({
      checked: 5,
      unread: ['b'],
      notTraced: 2,
    });
  });
});

describe('keys read through the forms charts use are never flagged', () => {
  test.each([
    ['toYaml of a subtree', '{{ toYaml .Values.podAnnotations | nindent 4 }}', 'podAnnotations:\n  a: "1"\n  b:\n    c: d\n'],
    ['a subtree printed whole', 'env: {{ .Values.env }}', 'env:\n  A: "1"\n'],
    ['tpl of a value', '{{ tpl .Values.extraManifest . }}', 'extraManifest:\n  kind: ConfigMap\n'],
    ['tpl of a value that reads another key', '{{ tpl .Values.note . }}', 'note: "{{ .Values.other.key }}"\nother:\n  key: 1\n'],
    ['index with literal keys', '{{ index .Values "services" "api" "timeout" }}', 'services:\n  api:\n    timeout: 3\n'],
    [
      'index with a raw string key',
      '{{ index .Values.podLabels `app.kubernetes.io/part-of` }}',
      'podLabels:\n  app.kubernetes.io/part-of: x\n',
    ],
    ['with rebinding the dot', '{{ with .Values.ingress }}{{ .host }}{{ end }}', 'ingress:\n  host: a\n'],
    ['$ inside with', '{{ with .Values.ingress }}{{ $.Values.image.tag }}{{ end }}', 'ingress: {}\nimage:\n  tag: x\n'],
    ['range over a map', '{{ range $k, $v := .Values.env }}{{ $k }}={{ $v.value }}{{ end }}', 'env:\n  A:\n    value: "1"\n'],
    ['range over a list', '{{ range .Values.hosts }}{{ .name }}{{ end }}', 'hosts:\n  - name: a\n'],
    ['a variable and its fields', '{{ $m := .Values.metrics }}{{ $m.port }}', 'metrics:\n  port: 1\n'],
    ['default', '{{ default 1 .Values.replicas }}', 'replicas: 2\n'],
    ['hasKey then get', '{{ if hasKey .Values.labels "team" }}{{ get .Values.labels "team" }}{{ end }}', 'labels:\n  team: a\n'],
    ['dig with literals', '{{ dig "autoscaling" "max" 5 .Values }}', 'autoscaling:\n  max: 3\n'],
    ['a key set empty that a template reads below', '{{ .Values.a.b }}', 'a: {}\n'],
    ['a dict handed around', '{{ $d := dict "v" .Values.res }}{{ toYaml $d.v }}', 'res:\n  limits:\n    cpu: 1\n'],
    ['merge then a field', '{{ (merge .Values.a .Values.b).port }}', 'a:\n  port: 1\nb:\n  port: 2\n'],
    [
      'else if and else with chains',
      '{{ if .Values.a }}{{ else if .Values.b }}{{ else with .Values.c }}{{ .d }}{{ else }}{{ .Values.e }}{{ end }}',
      'a: 1\nb: 2\nc:\n  d: 3\ne: 4\n',
    ],
    [
      'block and template',
      '{{ block "x" .Values.blk }}{{ .k }}{{ end }}{{ template "x" .Values.other }}',
      'blk:\n  k: 1\nother:\n  k: 2\n',
    ],
    [
      'a variable assigned again',
      '{{ $v := .Values.a }}{{ if .Values.flag }}{{ $v = .Values.b }}{{ end }}{{ $v.x }}',
      'a:\n  x: 1\nb:\n  x: 2\nflag: true\n',
    ],
    [
      'break and continue, numbers and characters',
      '{{ range .Values.items }}{{ if eq .n 1 }}{{ break }}{{ end }}{{ continue }}{{ end }}{{ printf "%c" \'x\' }}{{ add 1 -2 3.5 }}',
      'items:\n  - n: 1\n',
    ],
    [
      'a parenthesised pipeline and a field of it',
      '{{ (index .Values "svc").port }}{{ (.Values.x | default dict).y }}',
      'svc:\n  port: 1\nx:\n  y: 2\n',
    ],
    ['a multi-line action with comments and trim markers', '{{- /* note */ -}}\n{{-\n  .Values.x\n  | quote\n-}}', 'x: 1\n'],
  ])('%s', (_, template, values) => {
    expect(unread(chart({ 't.yaml': template }), values)).toEqual([]);
  });

  test('include of a helper with .Values.x as its context, defined in _helpers.tpl', () => {
    const c = chart({
      '_helpers.tpl': '{{- define "app.image" -}}{{ .repository }}:{{ .tag | default "latest" }}{{- end -}}',
      'deploy.yaml': 'image: {{ include "app.image" .Values.image }}',
    });
    expect(unread(c, 'image:\n  repository: r\n  tag: t\n  digest: sha256:x\n')).toEqual(['values-prod.yaml:4: image.digest']);
  });

  test('a helper handed a dict with the root, as library charts are called', () => {
    const lib = chart(
      { '_tpl.tpl': '{{- define "common.render" -}}{{ toYaml .value }}{{ .context.Values.extra }}{{- end -}}' },
      [],
      'common',
    );
    const c = chart({ 'deploy.yaml': '{{ include "common.render" (dict "value" .Values.affinity "context" $) }}' }, [
      { key: 'common', chart: lib },
    ]);
    expect(unread(c, 'affinity:\n  nodeAffinity: {}\nextra: 1\n')).toEqual([]);
  });

  test('global is read by every subchart; a subchart reads its values under its alias', () => {
    const db = chart({ 'sts.yaml': '{{ .Values.global.imageRegistry }}/{{ .Values.image.tag }}' }, [], 'postgresql');
    const c = chart({ 'deploy.yaml': '{{ .Values.replicas }}' }, [{ key: 'db', chart: db }]);
    expect(unread(c, 'global:\n  imageRegistry: r\nreplicas: 1\ndb:\n  image:\n    tag: x\n    tga: y\npostgresql:\n  x: 1\n')).toEqual([
      'values-prod.yaml:7: db.image.tga → db.image.tag',
      'values-prod.yaml:9: postgresql.x',
    ]);
  });

  test("a parent's template reads a subchart's values through .Subcharts", () => {
    const db = chart({ 'svc.yaml': 'kind: Service' }, [], 'postgresql');
    const c = chart({ 'deploy.yaml': '{{ .Subcharts.db.Values.port }}{{ $.Subcharts.nope.Values.x }}' }, [{ key: 'db', chart: db }]);
    expect(unread(c, 'db:\n  port: 5432\n  user: app\n')).toEqual(['values-prod.yaml:3: db.user']);
  });

  test('a subchart that could not be read: the keys under it and global are read, not traced', () => {
    const c = chart({ 'deploy.yaml': '{{ .Values.replicas }}' }, [{ key: 'redis', unread: 'not vendored' }]);
    const r = judgeValues(contractIndex(c), 'redis:\n  auth: x\nglobal:\n  a: 1\nreplicas: 1\ntypo: 1\n', 'v.yaml');
    expect({ unread: r.unread.map((u) => u.key), notTraced: r.notTraced }).toEqual({ unread: ['typo'], notTraced: 2 });
  });

  test('the conditions of dependencies are read by Helm', () => {
    const c: ChartValuesFiles = { ...chart({}), reads: [['redis', 'enabled']] };
    expect(unread(c, 'redis:\n  enabled: true\n')).toEqual([]);
  });
});

describe('hostile templates: bounded work, one error naming file:line', () => {
  const error = (templates: Record<string, string>) => {
    try {
      contractIndex(chart(templates));
    } catch (e) {
      return e instanceof UserError ? `${e.file}:${e.line}: ${e.message}` : `not a UserError: ${String(e)}`;
    }
    return 'no error';
  };

  test.each([
    [
      'an unclosed action',
      { 'a.yaml': 'x\n{{ .Values.a ' },
      'app/templates/a.yaml:2: template does not parse: an action is not closed with }}',
    ],
    [
      'an unclosed block',
      { 'a.yaml': '{{ if .Values.a }}\nx\n' },
      'app/templates/a.yaml:1: template does not parse: a block is not closed with {{ end }}',
    ],
    [
      'an end with nothing open',
      { 'a.yaml': 'a\nb\n{{ end }}' },
      'app/templates/a.yaml:3: template does not parse: {{ end }} with no block open',
    ],
    ['an unclosed comment', { 'a.yaml': '{{/* x' }, 'app/templates/a.yaml:1: template does not parse: a comment is not closed'],
    [
      'an unclosed string',
      { 'a.yaml': '{{ "abc }}' },
      'app/templates/a.yaml:1: template does not parse: a string is not closed on its line',
    ],
    [
      'blocks nested 150 deep',
      { 'a.yaml': '{{ if .Values.a }}'.repeat(150) + '{{ end }}'.repeat(150) },
      'app/templates/a.yaml:1: template does not parse: blocks nested deeper than 100',
    ],
    [
      'parentheses nested 150 deep',
      { 'a.yaml': `{{ ${'('.repeat(150)}.Values.a${')'.repeat(150)} }}` },
      'app/templates/a.yaml:1: template does not parse: parentheses nested deeper than 100',
    ],
    [
      'a template of 5 MB',
      { 'a.yaml': 'x'.repeat(5 * 1024 * 1024) },
      'app/templates/a.yaml:1: template of 5242880 characters is longer than the 4194304 lockstep reads',
    ],
  ])('%s', (_, templates, expected) => {
    expect(error(templates)).toBe(expected);
  });

  test.each([
    [
      'nested 3,000 maps deep',
      Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i)}k:`).join('\n') + ' "{{ .Values.a }}"\n',
      /^v\.yaml:\d+: invalid YAML: /,
    ],
    [
      '100,001 keys',
      Array.from({ length: 100_001 }, (_, i) => `k${i}: 1`).join('\n'),
      /^v\.yaml:1: the values file sets 100001 keys, more than the 100000 lockstep judges in one file$/,
    ],
  ])('a values file %s is one error at its line', (_, text, expected) => {
    let got = 'no error';
    try {
      valuesContract(chart({ 'a.yaml': '{{ .Values.a }}' }), text, 'v.yaml');
    } catch (e) {
      got = e instanceof UserError ? `${e.file}:${e.line}: ${e.message}` : `not a UserError: ${String(e)}`;
    }
    expect(got).toMatch(expected);
  });

  test('a template that includes itself ends', () => {
    const c = chart({ '_h.tpl': '{{ define "loop" }}{{ include "loop" . }}{{ .Values.a }}{{ end }}', 'a.yaml': '{{ include "loop" . }}' });
    expect(unread(c, 'a: 1\nb: 2\n')).toEqual(['values-prod.yaml:2: b']);
  });

  test('helpers that fan out with ever new contexts stop at the step bound, as a UserError', () => {
    // Each level calls the next twice with a context one key deeper: 2^40 calls unless bounded.
    const levels = Array.from(
      { length: 40 },
      (_, i) => `{{ define "l${i}" }}{{ include "l${i + 1}" .a }}{{ include "l${i + 1}" .b }}{{ end }}`,
    );
    const started = Date.now();
    const got = error({ '_h.tpl': levels.join('\n'), 'a.yaml': '{{ include "l0" .Values }}' });
    expect(got).toMatch(/^app\/templates\/_h\.tpl:1: the chart's templates take more than 1000000 steps to read; lockstep stops there$/);
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});

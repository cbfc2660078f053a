import { parseShared } from '../../src/edits/yaml-edit.ts';
import { ParseCache } from '../../src/text/parse-cache.ts';
import { compareValues, type ChartValuesFiles } from '../../src/values/chart-drift.ts';

const droppedKeys = (...args: Parameters<typeof compareValues>) => compareValues(...args).findings;

const ENV = [
  '# prod overrides',
  'replicaCount: 3',
  'ingress:',
  '  enabled: true',
  '  host: api.example.com',
  'podAnnotations:',
  '  team: core',
  'extra:',
  '  anything: 1',
  'global:',
  '  region: eu',
  'redis:',
  '  auth: false',
  '',
].join('\n');

const chart = (over: Partial<ChartValuesFiles>): ChartValuesFiles => ({
  name: 'myapp',
  version: '2.0.0',
  values: ['replicaCount: 1', 'ingress:', '  host: ""', 'podAnnotations: {}', ''].join('\n'),
  dependencies: [
    { key: 'redis', unread: 'subchart redis 17.3.0 of chart myapp comes from https://charts.example and is not in its charts/ folder' },
  ],
  ...over,
});

/** The version the environment runs now: it reads ingress.enabled and extra.anything (its values.yaml has them). */
const CURRENT = chart({
  version: '1.9.0',
  values: ['replicaCount: 1', 'ingress:', '  enabled: false', '  host: ""', 'podAnnotations: {}', 'extra:', '  anything: 0', ''].join('\n'),
});
const both = (promoted: ChartValuesFiles, current = CURRENT) => ({ current, promoted });

describe('the target values against the chart it runs and the chart promoted', () => {
  test("with the run's parse cache the values file is parsed once: the comparison keeps its parse and the next reader gets that same document (issue 22)", () => {
    const cache = new ParseCache();
    const findings = droppedKeys(ENV, 'values-prod.yaml', both(chart({})), undefined, cache);
    expect(findings.map((f) => `${f.key}:${f.line}`)).toEqual(['ingress.enabled:4', 'extra:8']);
    expect(cache.size).toEqual({ texts: 1, chars: ENV.length });
    const kept = parseShared(ENV, 'values-prod.yaml', cache);
    expect(parseShared(ENV, 'values-prod.yaml', cache)).toBe(kept);
    expect(droppedKeys(ENV, 'values-prod.yaml', both(chart({})), undefined, cache)).toEqual(findings);
    expect(cache.size).toEqual({ texts: 1, chars: ENV.length });
  });

  test('keys the current version reads and the promoted one does not are reported at their line; free-form maps, global and dependencies are not', () => {
    expect(droppedKeys(ENV, 'values-prod.yaml', both(chart({})))).toEqual([
      {
        file: 'values-prod.yaml',
        line: 4,
        key: 'ingress.enabled',
        message:
          'key ingress.enabled is set here and chart myapp 1.9.0 reads it, but chart myapp 2.0.0 no longer does (not in its values.yaml, read by none of its templates)',
      },
      {
        file: 'values-prod.yaml',
        line: 8,
        key: 'extra',
        message:
          'key extra is set here and chart myapp 1.9.0 reads it, but chart myapp 2.0.0 no longer does (not in its values.yaml, read by none of its templates)',
      },
    ]);
  });

  test('a key neither version reads is not drift (it was ignored before the promotion and still is)', () => {
    const current = chart({ version: '1.9.0' });
    expect(droppedKeys(ENV, 'values-prod.yaml', both(chart({}), current))).toEqual([]);
  });

  test('the promoted version is older than what main has: only the two versions compared count, a newer chart elsewhere does not', () => {
    // The promoted version reads everything the current one does: nothing to say, whatever another version lacks.
    expect(droppedKeys(ENV, 'values-prod.yaml', both(CURRENT, CURRENT))).toEqual([]);
  });

  test('keys the templates read through default, required, index and hasKey count as read; a version whose templates stop reading one reports it', () => {
    const values = [
      '# prod',
      'services:',
      '  worker:',
      '    replicas: 3',
      '    queue: jobs',
      '  api:',
      '    timeout: 30',
      '    probes:',
      '      path: /healthz',
      'ingress:',
      '  className: nginx',
      '',
    ].join('\n');
    const templates = [
      '{{- define "myapp.replicas" -}}{{ default 1 .Values.services.worker.replicas }}{{- end -}}',
      'queue: {{ required "a queue" .Values.services.worker.queue | quote }}',
      'timeout: {{ index .Values "services" "api" "timeout" }}',
      '{{- if hasKey .Values.ingress "className" }}class: {{ .Values.ingress.className }}{{ end }}',
      '{{- with $.Values.services.api.probes }}path: {{ .path }}{{ end }}',
    ];
    const current = chart({ version: '1.9.0', values: 'services: {}\n'.replace('{}', 'null'), templates });
    const promoted = chart({ values: 'services: null\n', templates });
    expect(droppedKeys(values, 'values-prod.yaml', both(promoted, current))).toEqual([]);
    // services: null in values.yaml makes services free-form; without it the templates alone say what is read.
    const noValues = (version: string, t: string[]) => chart({ version, values: 'replicaCount: 1\n', templates: t });
    expect(droppedKeys(values, 'values-prod.yaml', both(noValues('2.0.0', templates), noValues('1.9.0', templates)))).toEqual([]);
    expect(
      droppedKeys(values, 'values-prod.yaml', both(noValues('2.0.0', templates.slice(1)), noValues('1.9.0', templates))).map(
        (f) => `${f.key}:${f.line}`,
      ),
    ).toEqual(['services.worker.replicas:4']);
    expect(
      droppedKeys(values, 'values-prod.yaml', both(noValues('2.0.0', templates.slice(0, 3)), noValues('1.9.0', templates))).map(
        (f) => `${f.key}:${f.line}`,
      ),
    ).toEqual(['services.api.probes:8', 'ingress:10']);
  });

  test('a key still allowed by the schema (additionalProperties, patternProperties, $ref) is not reported', () => {
    const schema = JSON.stringify({
      type: 'object',
      properties: { ingress: { $ref: '#/$defs/ingress' } },
      patternProperties: { '^ext': { type: 'object' } },
      $defs: { ingress: { type: 'object', additionalProperties: { type: 'boolean' } } },
    });
    expect(droppedKeys(ENV, 'values-prod.yaml', both(chart({ schema })))).toEqual([]);
  });

  test('a schema pattern the chart writes is read with RE2: ^(a|a)*$ against a 41-character key is judged, not backtracked (issue 73)', () => {
    const key = `${'a'.repeat(40)}b`;
    const current = chart({ version: '1.9.0', values: `${key}: 0\naaaa: 0\n`, dependencies: [] });
    const schema = JSON.stringify({ type: 'object', patternProperties: { '^(a|a)*$': { type: 'integer' } } });
    const promoted = chart({ values: '', dependencies: [], schema });
    expect(droppedKeys(`${key}: 1\naaaa: 1\n`, 'values-prod.yaml', both(promoted, current)).map((f) => `${f.key}:${f.line}`)).toEqual([
      `${key}:1`,
    ]);
  });

  test('a schema that closes additionalProperties still reports the key, saying the schema does not allow it', () => {
    const schema = JSON.stringify({
      type: 'object',
      properties: { ingress: { type: 'object', additionalProperties: false, properties: { host: { type: 'string' } } }, extra: {} },
    });
    expect(droppedKeys(ENV, 'values-prod.yaml', both(chart({ schema }))).map((f) => f.message)).toEqual([
      'key ingress.enabled is set here and chart myapp 1.9.0 reads it, but chart myapp 2.0.0 no longer does (not in its values.yaml, not allowed by its values.schema.json, read by none of its templates)',
    ]);
  });
});

describe('an umbrella chart: keys under a subchart are judged against the subchart it vendors (issue 57)', () => {
  /** Subchart api at `version`: its templates read the given keys of its own values. */
  const api = (version: string, reads: string[], dependencies: ChartValuesFiles['dependencies'] = []): ChartValuesFiles => ({
    name: 'api',
    version,
    values: 'replicas: 1\n',
    templates: reads.map((k) => `x: {{ .Values.${k} }}`),
    dependencies,
  });
  const db = (version: string, reads: string[]): ChartValuesFiles => ({
    name: 'db',
    version,
    templates: reads.map((k) => `x: {{ .Values.${k} }}`),
    dependencies: [],
  });
  const shop = (version: string, sub: ChartValuesFiles, over: Partial<ChartValuesFiles> = {}): ChartValuesFiles => ({
    name: 'shop',
    version,
    values: 'backend:\n  logLevel: info\n',
    templates: ['name: {{ .Values.nameOverride }}'],
    dependencies: [{ key: 'backend', chart: sub }],
    ...over,
  });
  const PROD = [
    '# prod',
    'nameOverride: shop',
    'backend:',
    '  replicas: 3',
    '  logLevel: debug',
    '  db:',
    '    poolSize: 20',
    '    host: db.internal',
    'api:',
    '  logLevel: debug',
    'global:',
    '  region: eu',
    '  tracing: true',
    '',
  ].join('\n');

  test("the aliased subchart no longer reads backend.logLevel: reported at its line, though the umbrella's values.yaml still sets it; a key under the chart name (not the alias) is no subchart's", () => {
    const r = compareValues(PROD, 'values-prod.yaml', {
      current: shop('1.0.0', api('0.3.0', ['logLevel'])),
      promoted: shop('1.1.0', api('0.4.0', [])),
    });
    expect(r).toEqual({
      findings: [
        {
          file: 'values-prod.yaml',
          line: 5,
          key: 'backend.logLevel',
          message:
            'key backend.logLevel is set here and chart shop 1.0.0 reads it, but chart shop 1.1.0 no longer does (subchart api 0.4.0 under backend: not in its values.yaml, read by none of its templates)',
        },
      ],
      notCompared: [],
    });
  });

  test('global values: a key under global. is read by any chart of the umbrella; dropped by every one of them, it is reported', () => {
    const reads = (global: string[]) => api('0.3.0', ['logLevel', ...global.map((g) => `global.${g}`)]);
    // The subchart reads global.region, the umbrella global.tracing: both read.
    const umbrella = (version: string, sub: ChartValuesFiles) =>
      shop(version, sub, { templates: ['name: {{ .Values.nameOverride }}', 'trace: {{ .Values.global.tracing }}'] });
    expect(
      compareValues(PROD, 'values-prod.yaml', {
        current: umbrella('1.0.0', reads(['region'])),
        promoted: umbrella('1.1.0', reads(['region'])),
      }),
    ).toEqual({ findings: [], notCompared: [] });
    const r = compareValues(PROD, 'values-prod.yaml', {
      current: umbrella('1.0.0', reads(['region'])),
      promoted: umbrella('1.1.0', { ...reads([]), version: '0.4.0' }),
    });
    expect(r.findings).toEqual([
      {
        file: 'values-prod.yaml',
        line: 12,
        key: 'global.region',
        message:
          'key global.region is set here and chart shop 1.0.0 reads it, but chart shop 1.1.0 no longer does (not in its values.yaml, read by none of its templates, nor by its subcharts api 0.4.0)',
      },
    ]);
  });

  test('a nested subchart (api vendors db): backend.db.poolSize is judged against db at the version api vendors', () => {
    const r = compareValues(PROD, 'values-prod.yaml', {
      current: shop('1.0.0', api('0.3.0', ['logLevel'], [{ key: 'db', chart: db('1.0.0', ['poolSize', 'host']) }])),
      promoted: shop('1.1.0', api('0.4.0', ['logLevel'], [{ key: 'db', chart: db('1.1.0', ['host']) }])),
    });
    expect(r.findings.map((f) => [f.line, f.key, f.message])).toEqual([
      [
        7,
        'backend.db.poolSize',
        'key backend.db.poolSize is set here and chart shop 1.0.0 reads it, but chart shop 1.1.0 no longer does (subchart db 1.1.0 under backend.db: not in its values.yaml, read by none of its templates)',
      ],
    ]);
  });

  test('a remote subchart that is not vendored: the keys under it, and a global key only it may still read, are listed as not compared with why, never passed or refused', () => {
    const why = 'subchart db 12.1.0 of chart api 0.4.0 comes from oci://registry.example/charts and is not in its charts/ folder';
    const r = compareValues(PROD, 'values-prod.yaml', {
      current: shop('1.0.0', api('0.3.0', ['logLevel', 'global.region'], [{ key: 'db', chart: db('1.0.0', ['poolSize', 'host']) }])),
      promoted: shop('1.1.0', api('0.4.0', ['logLevel'], [{ key: 'db', unread: why }])),
    });
    expect(r).toEqual({
      findings: [],
      notCompared: [
        // The current version's db reads both: each is named.
        { file: 'values-prod.yaml', line: 7, key: 'backend.db.poolSize', keys: ['backend.db.poolSize'], why },
        { file: 'values-prod.yaml', line: 8, key: 'backend.db.host', keys: ['backend.db.host'], why },
        { file: 'values-prod.yaml', line: 12, key: 'global.region', keys: ['global.region'], why },
      ],
    });
  });

  test("a dependency's condition and an import-values key count as read by the umbrella", () => {
    // `- shared` imports the contents of the subchart's exports.shared into the umbrella's top level.
    const values = ['backend:', '  enabled: true', 'exported:', '  color: blue', 'size: 2', ''].join('\n');
    const sub = (version: string) => ({
      ...api(version, []),
      values: ['enabled: false', 'color: red', 'exports:', '  shared:', '    size: 1', ''].join('\n'),
    });
    const umbrella = (version: string, withImports: boolean) =>
      shop(version, sub('0.3.0'), {
        values: undefined,
        reads: withImports ? [['backend', 'enabled']] : [],
        dependencies: [
          {
            key: 'backend',
            chart: sub(version === '1.0.0' ? '0.3.0' : '0.4.0'),
            imports: withImports
              ? [
                  { child: ['color'], parent: ['exported', 'color'] },
                  { child: ['exports', 'shared'], parent: [] },
                ]
              : [],
          },
        ],
      });
    // The subchart's values.yaml has enabled: still read whether or not the condition names it.
    expect(compareValues(values, 'v.yaml', { current: umbrella('1.0.0', true), promoted: umbrella('1.1.0', true) })).toEqual({
      findings: [],
      notCompared: [],
    });
    expect(
      compareValues(values, 'v.yaml', { current: umbrella('1.0.0', true), promoted: umbrella('1.1.0', false) }).findings.map((f) => f.key),
    ).toEqual(['exported', 'size']);
  });
});

test('a remote subchart on both sides: one entry at its key, naming the keys set below it', () => {
  const why = 'subchart redis 17.3.0 of chart myapp comes from https://charts.example and is not in its charts/ folder';
  const values = ['redis:', '  auth:', '    enabled: true', '  architecture: standalone', ''].join('\n');
  const withRedis = (version: string) => chart({ version, dependencies: [{ key: 'redis', unread: why }] });
  expect(compareValues(values, 'v.yaml', { current: withRedis('1.9.0'), promoted: withRedis('2.0.0') })).toEqual({
    findings: [],
    notCompared: [{ file: 'v.yaml', line: 1, key: 'redis', keys: ['redis.auth.enabled', 'redis.architecture'], why }],
  });
});

import { parseShared } from '../../src/edits/yaml-edit.ts';
import { ParseCache } from '../../src/text/parse-cache.ts';
import { droppedKeys, type ChartValuesFiles } from '../../src/values/chart-drift.ts';

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
  dependencies: ['redis'],
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

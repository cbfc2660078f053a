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

describe('the target values against the new chart', () => {
  test("with the run's parse cache the values file is parsed once: the comparison keeps its parse and the next reader gets that same document (issue 22)", () => {
    const cache = new ParseCache();
    const findings = droppedKeys(ENV, 'values-prod.yaml', chart({}), undefined, cache);
    expect(findings.map((f) => `${f.key}:${f.line}`)).toEqual(['ingress.enabled:4', 'extra:8']);
    // Before, the comparison parsed the edited target a fifth time and left the cache alone (0 texts).
    expect(cache.size).toEqual({ texts: 1, chars: ENV.length });
    const kept = parseShared(ENV, 'values-prod.yaml', cache);
    expect(parseShared(ENV, 'values-prod.yaml', cache)).toBe(kept);
    expect(droppedKeys(ENV, 'values-prod.yaml', chart({}), undefined, cache)).toEqual(findings);
    expect(cache.size).toEqual({ texts: 1, chars: ENV.length });
  });

  test('keys the chart no longer has are reported at their line; free-form maps, global and dependencies are not', () => {
    expect(droppedKeys(ENV, 'values-prod.yaml', chart({}))).toEqual([
      {
        file: 'values-prod.yaml',
        line: 4,
        key: 'ingress.enabled',
        message: 'key ingress.enabled is set here, but chart myapp 2.0.0 no longer has it (not in its values.yaml)',
      },
      {
        file: 'values-prod.yaml',
        line: 8,
        key: 'extra',
        message: 'key extra is set here, but chart myapp 2.0.0 no longer has it (not in its values.yaml)',
      },
    ]);
  });

  test('a key still allowed by the schema (additionalProperties, patternProperties, $ref) is not reported', () => {
    const schema = JSON.stringify({
      type: 'object',
      properties: { ingress: { $ref: '#/$defs/ingress' } },
      patternProperties: { '^ext': { type: 'object' } },
      $defs: { ingress: { type: 'object', additionalProperties: { type: 'boolean' } } },
    });
    expect(droppedKeys(ENV, 'values-prod.yaml', chart({ schema }))).toEqual([]);
  });

  test('a schema that closes additionalProperties still reports the key, saying the schema does not allow it', () => {
    const schema = JSON.stringify({
      type: 'object',
      properties: { ingress: { type: 'object', additionalProperties: false, properties: { host: { type: 'string' } } }, extra: {} },
    });
    expect(droppedKeys(ENV, 'values-prod.yaml', chart({ schema })).map((f) => f.message)).toEqual([
      'key ingress.enabled is set here, but chart myapp 2.0.0 no longer has it (not in its values.yaml, not allowed by its values.schema.json)',
    ]);
  });
});

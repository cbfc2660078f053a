import type { ChartValuesFiles } from '../../src/values/chart-drift.ts';
import { compareDrift } from '../../src/values/contract-drift.ts';

// values-drift with the values contract's reading of templates: a renamed key whose old default stays in the
// promoted version's values.yaml is drift too, said as values-drift says a dropped key, at the environment's line.

const chart = (version: string, deployment: string, values: string): ChartValuesFiles => {
  const templateFiles = [{ path: 'templates/deployment.yaml', text: deployment }];
  return { name: 'api', version, values, dependencies: [], templateFiles, templates: [deployment] };
};

const VALUES = 'metrics:\n  enabled: false\n  port: 9090\nreplicas: 1\n';
const CURRENT = chart('1.4.0', '{{ .Values.replicas }}{{ if .Values.metrics.enabled }}{{ .Values.metrics.port }}{{ end }}', VALUES);
// 2.0.0 renamed metrics.enabled to metrics.create in its templates, and left the old default in values.yaml.
const PROMOTED = chart('2.0.0', '{{ .Values.replicas }}{{ if .Values.metrics.create }}{{ .Values.metrics.port }}{{ end }}', VALUES);
const ENV = 'replicas: 3\nmetrics:\n  enabled: true\n  port: 9100\n';

describe('values-drift reads the templates as the values contract does', () => {
  test('a key the promoted version keeps in values.yaml but no template reads any more is refused at its line', () => {
    const r = compareDrift(ENV, 'values-prod.yaml', { current: CURRENT, promoted: PROMOTED });
    expect(r.findings.map((f) => `${f.file}:${f.line}: ${f.message}`)).toEqual([
      'values-prod.yaml:3: key metrics.enabled is set here and chart api 1.4.0 reads it, but chart api 2.0.0 no longer does (read by none of its templates)',
    ]);
  });

  test('a key neither version reads, or both read, is not drift', () => {
    const env = 'replicas: 3\nmetrics:\n  port: 9100\ntypo: 1\n';
    expect(compareDrift(env, 'v.yaml', { current: CURRENT, promoted: PROMOTED }).findings).toEqual([]);
  });

  test("a promoted version whose templates do not parse leaves the comparison to values.yaml's keys", () => {
    const broken = chart('2.0.0', '{{ if .Values.metrics.create }}', VALUES);
    expect(compareDrift(ENV, 'v.yaml', { current: CURRENT, promoted: broken }).findings).toEqual([]);
  });

  test('a key the promoted version drops from values.yaml and templates is said once, by the values comparison', () => {
    const dropped = chart('2.0.0', '{{ .Values.replicas }}', 'replicas: 1\n');
    expect(compareDrift(ENV, 'v.yaml', { current: CURRENT, promoted: dropped }).findings.map((f) => f.key)).toEqual(['metrics']);
  });
});

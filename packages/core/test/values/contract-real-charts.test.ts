import type { ChartValuesFiles } from '../../src/values/chart-drift.ts';
import { valuesContract } from '../../src/values/contract.ts';

// Excerpts of real charts (Apache-2.0), cut to the lines each case needs: what the survey of
// scripts/values-contract-survey.ts met on prometheus-community/helm-charts and bitnami/charts.

function chart(name: string, templates: Record<string, string>, dependencies: ChartValuesFiles['dependencies'] = []): ChartValuesFiles {
  const templateFiles = Object.entries(templates).map(([path, text]) => ({ path: `${name}/templates/${path}`, text }));
  return { name, version: '1.0.0', dependencies, templateFiles, templates: templateFiles.map((t) => t.text) };
}

const unread = (c: ChartValuesFiles, values: string) =>
  valuesContract(c, values, 'values.yaml').unread.map((u) => `${u.line}: ${u.key}${u.suggestion ? ` → ${u.suggestion}` : ''}`);

// prometheus-community/helm-charts, charts/prometheus-modbus-exporter (Apache-2.0): templates/deployment.yaml.
const MODBUS_DEPLOYMENT = `        {{ if .Values.configReloaderSidecar.enable }}
        - name: {{ include "prometheus-modbus-exporter.fullname" . }}-config-reloader-sidecar
          image: "{{ .Values.configReloaderSidecar.image.registry }}/{{ .Values.configReloaderSidecar.image.repository }}:{{ .Values.configReloaderSidecar.image.tag }}"
        {{- end -}}
      {{- with .Values.nodeSelector }}
      nodeSelector:
        {{- toYaml . | nindent 8 }}
      {{- end }}
`;
const MODBUS_VALUES = `configReloaderSidecar:
  enabled: true
  image:
    registry: docker.io
    repository: openenergyprojects/config-reloader-sidecar
    pullPolicy: IfNotPresent
    tag: "20230519_90573b0"
nodeSelector:
  kubernetes.io/os: linux
`;

// prometheus-community/helm-charts, charts/kube-prometheus-stack (Apache-2.0): templates/_helpers.tpl, a helper handed a list.
const KPS_HELPERS = `{{- define "kube-prometheus-stack.kubeVersion" -}}
  {{- default .Capabilities.KubeVersion.Version .Values.kubeVersionOverride -}}
{{- end -}}
{{- define "kube-prometheus-stack.kubeVersionDefaultValue" -}}
  {{- $values := index . 0 -}}
  {{- $kubeVersion := index . 1 -}}
  {{- $old := index . 2 -}}
  {{- $new := index . 3 -}}
  {{- $default := index . 4 -}}
  {{- if kindIs "invalid" $default -}}
    {{- if semverCompare $kubeVersion (include "kube-prometheus-stack.kubeVersion" $values) -}}
      {{- print $new -}}
    {{- else -}}
      {{- print $old -}}
    {{- end -}}
  {{- else -}}
    {{- print $default }}
  {{- end -}}
{{- end -}}`;
const KPS_SERVICE = `insecureSkipVerify: {{ include "kube-prometheus-stack.kubeVersionDefaultValue" (list . ">= 1.22-0" true false .Values.kubeControllerManager.serviceMonitor.insecureSkipVerify) }}`;

// bitnami/charts, bitnami/common (Apache-2.0, Copyright Broadcom, Inc.): templates/_tplvalues.tpl.
const COMMON_TPLVALUES = `{{- define "common.tplvalues.render" -}}
{{- $value := typeIs "string" .value | ternary .value (.value | toYaml) }}
{{- if contains "{{" (toJson .value) }}
  {{- if .scope }}
      {{- tpl (cat "{{- with $.RelativeScope -}}" $value "{{- end }}") (merge (dict "RelativeScope" .scope) .context) }}
  {{- else }}
    {{- tpl $value .context }}
  {{- end }}
{{- else }}
    {{- $value }}
{{- end }}
{{- end -}}
{{- define "common.tplvalues.merge" -}}
{{- $dst := dict -}}
{{- range .values -}}
{{- $dst = include "common.tplvalues.render" (dict "value" . "context" $.context "scope" $.scope) | fromYaml | merge $dst -}}
{{- end -}}
{{ $dst | toYaml }}
{{- end -}}`;

describe('the values contract on excerpts of real charts', () => {
  test('prometheus-modbus-exporter sets configReloaderSidecar.enabled where its template reads .enable', () => {
    expect(unread(chart('modbus', { 'deployment.yaml': MODBUS_DEPLOYMENT }), MODBUS_VALUES)).toEqual([
      '2: configReloaderSidecar.enabled → configReloaderSidecar.enable',
      '6: configReloaderSidecar.image.pullPolicy',
    ]);
  });

  test("kube-prometheus-stack's helper handed a list reads kubeVersionOverride through index . 0", () => {
    const c = chart('kps', { '_helpers.tpl': KPS_HELPERS, 'service.yaml': KPS_SERVICE });
    expect(unread(c, 'kubeVersionOverride: ""\nkubeControllerManager:\n  serviceMonitor:\n    insecureSkipVerify: null\n')).toEqual([]);
  });

  test("bitnami's common.tplvalues.render and .merge, called from the chart with a dict of places and the root", () => {
    const common = chart('common', { '_tplvalues.tpl': COMMON_TPLVALUES });
    const c = chart(
      'redis',
      {
        'sts.yaml': [
          'annotations: {{- include "common.tplvalues.render" (dict "value" .Values.podAnnotations "context" $) | nindent 4 }}',
          'labels: {{- include "common.tplvalues.merge" (dict "values" (list .Values.podLabels .Values.commonLabels) "context" .) | nindent 4 }}',
        ].join('\n'),
      },
      [{ key: 'common', chart: common }],
    );
    const values =
      'podAnnotations:\n  a: "{{ .Values.team }}"\npodLabels:\n  b: c\ncommonLabels:\n  d: e\nteam: x\npodAnnotation:\n  f: g\n';
    expect(unread(c, values)).toEqual(['9: podAnnotation.f → podAnnotations']);
  });
});

import { templateValueKeys } from '../../src/charts/template-keys.ts';

const keys = (text: string) => templateValueKeys(text).map((p) => p.join('.'));

describe('the values keys a chart template reads', () => {
  test.each([
    ['a field chain', '{{ .Values.image.repository }}', ['image.repository']],
    ['trim markers and a pipeline', '{{- .Values.ingress.host | quote -}}', ['ingress.host']],
    ['default', '{{ default 1 .Values.services.worker.replicas }}', ['services.worker.replicas']],
    ['required', '{{ required "set a host" .Values.ingress.host }}', ['ingress.host']],
    ['$ from inside a block', '{{ range .Values.extraEnv }}{{ $.Values.image.tag }}{{ end }}', ['extraEnv', 'image.tag']],
    ['a variable holding the root', '{{ $root := . }}{{ $root.Values.api.port }}', ['api.port']],
    ['index with literal keys', '{{ index .Values "services" "api" "timeout" }}', ['services.api.timeout']],
    [
      'index on a chain, a raw string key',
      '{{ index .Values.podLabels `app.kubernetes.io/part-of` }}',
      ['podLabels.app.kubernetes.io/part-of'],
    ],
    ['index stops at a variable', '{{ index .Values "services" $name "image" }}', ['services']],
    ['hasKey', '{{ if hasKey .Values.ingress "className" }}x{{ end }}', ['ingress.className']],
    ['get', '{{ get .Values.labels "team" }}', ['labels.team']],
    ['dig', '{{ dig "autoscaling" "maxReplicas" 5 .Values }}', ['autoscaling.maxReplicas']],
    ['dig with a literal default', '{{ dig "a" "b" "none" .Values.sub }}', ['sub.a.b', 'sub']],
    ['with: the block value is read whole', '{{ with .Values.ingress }}{{ .host }}{{ end }}', ['ingress']],
    ['parenthesised', '{{ toYaml (default dict .Values.podAnnotations) | nindent 4 }}', ['podAnnotations']],
    ['a bare .Values names no key', '{{ include "myapp.env" .Values }}{{ toYaml .Values }}', []],
    ['a comment is not read', '{{/* .Values.legacy.enabled is gone */}}{{ .Values.kept }}', ['kept']],
    ['}} inside a string does not end the action', '{{ printf "}}%s" .Values.after }}', ['after']],
    ['text outside actions is not read', 'the .Values.notAnAction text\n{{ .Values.real }}', ['real']],
    ['another object named Values is not the values', '{{ .Subcharts.db.Values.port }}{{ .Chart.Values }}', []],
    ['an unterminated action ends the scan', '{{ .Values.a }}{{ .Values.b', ['a']],
  ])('%s', (_name, text, expected) => {
    expect(keys(text)).toEqual(expected);
  });

  test('a helpers file with several defines', () => {
    const helpers = [
      '{{/*',
      'Expand the name of the chart.',
      '*/}}',
      '{{- define "myapp.name" -}}',
      '{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}',
      '{{- end }}',
      '{{- define "myapp.fullname" -}}',
      '{{- if .Values.fullnameOverride }}',
      '{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}',
      '{{- end }}',
      '{{- end }}',
      '{{- define "myapp.serviceAccountName" -}}',
      '{{- if .Values.serviceAccount.create }}',
      '{{- default (include "myapp.fullname" .) .Values.serviceAccount.name }}',
      '{{- end }}',
      '{{- end }}',
      '',
    ].join('\n');
    expect(keys(helpers)).toEqual(['nameOverride', 'fullnameOverride', 'serviceAccount.create', 'serviceAccount.name']);
  });
});

// A chart shaped like the largest of the values contract's survey set (bitnami's largest: about a hundred
// templates and a values.yaml of some 3,000 lines), generated deterministically: COMPONENTS components, each
// with a deployment, a service, a config map and an autoscaler template reading its block of values the ways
// real charts do (a helper through include, with/range, toYaml of a subtree, tpl, index with a literal), a
// values block of about 120 lines, and a values.schema.json declaring every component. No network.

import { rng } from '../harness/random.ts';

export const COMPONENTS = 25;

/** One component's values block (about 120 lines). */
function componentValues(name: string, r: () => number): string[] {
  const lines = [
    `${name}:`,
    '  enabled: true',
    `  replicaCount: ${1 + Math.floor(r() * 4)}`,
    '  image:',
    '    registry: docker.io',
    `    repository: acme/${name}`,
    `    tag: "1.${Math.floor(r() * 20)}.0"`,
    '    pullPolicy: IfNotPresent',
    '  podAnnotations: {}',
    '  podLabels: {}',
    '  nodeSelector: {}',
    '  tolerations: []',
    '  affinity: {}',
    '  resources:',
    '    limits: { cpu: 500m, memory: 512Mi }',
    '    requests: { cpu: 100m, memory: 128Mi }',
    '  service:',
    '    type: ClusterIP',
    `    port: ${8000 + Math.floor(r() * 1000)}`,
    '    annotations: {}',
    '  autoscaling:',
    '    enabled: false',
    '    minReplicas: 1',
    '    maxReplicas: 10',
    '    targetCPU: 80',
    '  extraEnvVars: []',
    '  config:',
  ];
  for (let i = 0; i < 90; i++) lines.push(`    setting${String(i).padStart(2, '0')}: "${Math.floor(r() * 1e6)}"`);
  lines.push('  notes: "{{ .Release.Name }} ready"');
  return lines;
}

/** The chart's files by path inside the chart folder. */
export function bigChart(version: string): Record<string, string> {
  const r = rng(74);
  const names = Array.from({ length: COMPONENTS }, (_, i) => `component${String(i).padStart(2, '0')}`);
  const files: Record<string, string> = {
    'Chart.yaml': `apiVersion: v2\nname: big\nversion: ${version}\n`,
    'values.yaml': [
      'global:',
      '  imageRegistry: ""',
      '  labels: {}',
      'commonLabels: {}',
      ...names.flatMap((n) => componentValues(n, r)),
      '',
    ].join('\n'),
    'templates/_helpers.tpl': [
      '{{- define "big.image" -}}{{ .image.registry }}/{{ .image.repository }}:{{ .image.tag }}{{- end -}}',
      '{{- define "big.labels" -}}',
      'app.kubernetes.io/managed-by: Helm',
      '{{- with .Values.commonLabels }}{{ toYaml . | nindent 0 }}{{- end }}',
      '{{- with .Values.global.labels }}{{ toYaml . | nindent 0 }}{{- end }}',
      '{{- end -}}',
      '',
    ].join('\n'),
  };
  const schemaProps: Record<string, unknown> = { global: { type: 'object' }, commonLabels: { type: 'object' } };
  for (const n of names) {
    const v = `.Values.${n}`;
    files[`templates/${n}-deployment.yaml`] = [
      `{{- if ${v}.enabled }}`,
      'apiVersion: apps/v1',
      'kind: Deployment',
      `metadata:\n  name: ${n}\n  labels: {{- include "big.labels" . | nindent 4 }}`,
      'spec:',
      `  {{- if not ${v}.autoscaling.enabled }}\n  replicas: {{ ${v}.replicaCount }}\n  {{- end }}`,
      `  selector: { matchLabels: { app: ${n} } }`,
      '  template:',
      '    metadata:',
      `      labels: { app: ${n} }`,
      `      {{- with ${v}.podAnnotations }}\n      annotations: {{- toYaml . | nindent 8 }}\n      {{- end }}`,
      '    spec:',
      '      containers:',
      `        - name: ${n}`,
      `          image: {{ include "big.image" ${v} }}`,
      `          imagePullPolicy: {{ ${v}.image.pullPolicy }}`,
      `          resources: {{- toYaml ${v}.resources | nindent 12 }}`,
      '          env:',
      `            {{- range ${v}.extraEnvVars }}\n            - { name: {{ .name }}, value: {{ .value | quote }} }\n            {{- end }}`,
      `      nodeSelector: {{- toYaml ${v}.nodeSelector | nindent 8 }}`,
      `      tolerations: {{- toYaml ${v}.tolerations | nindent 8 }}`,
      `      affinity: {{- toYaml ${v}.affinity | nindent 8 }}`,
      `      {{- with ${v}.podLabels }}{{ end }}`,
      '{{- end }}',
      '',
    ].join('\n');
    files[`templates/${n}-service.yaml`] = [
      `{{- if ${v}.enabled }}`,
      `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${n}`,
      `  annotations: {{- toYaml ${v}.service.annotations | nindent 4 }}`,
      `spec:\n  type: {{ ${v}.service.type }}\n  ports: [{ port: {{ ${v}.service.port }} }]`,
      '{{- end }}',
      '',
    ].join('\n');
    files[`templates/${n}-configmap.yaml`] = [
      `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${n}-config`,
      'data:',
      `  {{- range $k, $val := ${v}.config }}\n  {{ $k }}: {{ $val | quote }}\n  {{- end }}`,
      `  notes: {{ tpl ${v}.notes $ | quote }}`,
      `  registry: {{ index .Values "global" "imageRegistry" | quote }}`,
      '',
    ].join('\n');
    files[`templates/${n}-hpa.yaml`] = [
      `{{- if ${v}.autoscaling.enabled }}`,
      `apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: ${n}`,
      `spec:\n  minReplicas: {{ ${v}.autoscaling.minReplicas }}\n  maxReplicas: {{ ${v}.autoscaling.maxReplicas }}`,
      `  metrics: [{ type: Resource, resource: { name: cpu, target: { type: Utilization, averageUtilization: {{ ${v}.autoscaling.targetCPU }} } } }]`,
      '{{- end }}',
      '',
    ].join('\n');
    schemaProps[n] = {
      type: 'object',
      properties: {
        enabled: { type: 'boolean' },
        replicaCount: { type: 'integer', minimum: 0 },
        image: {
          type: 'object',
          properties: {
            registry: { type: 'string' },
            repository: { type: 'string' },
            tag: { type: 'string' },
            pullPolicy: { enum: ['Always', 'IfNotPresent', 'Never'] },
          },
        },
        podAnnotations: { type: 'object' },
        podLabels: { type: 'object' },
        nodeSelector: { type: 'object' },
        tolerations: { type: 'array' },
        affinity: { type: 'object' },
        resources: { type: 'object' },
        service: { type: 'object', properties: { type: { type: 'string' }, port: { type: 'integer' }, annotations: { type: 'object' } } },
        autoscaling: { type: 'object' },
        extraEnvVars: { type: 'array' },
        config: { type: 'object', additionalProperties: { type: 'string' } },
        notes: { type: 'string' },
      },
    };
  }
  files['values.schema.json'] =
    `${JSON.stringify({ $schema: 'http://json-schema.org/draft-07/schema#', type: 'object', properties: schemaProps }, null, 2)}\n`;
  return files;
}

/** An environment's values over the chart: every component's replicas, tag and a third of its settings (about 1,000 lines). */
export function bigEnvValues(tag: string): string {
  const lines: string[] = [];
  for (let i = 0; i < COMPONENTS; i++) {
    lines.push(`component${String(i).padStart(2, '0')}:`, '  replicaCount: 3', '  image:', `    tag: "${tag}"`, '  config:');
    for (let s = 0; s < 30; s++) lines.push(`    setting${String(s).padStart(2, '0')}: "prod-${s}"`);
  }
  return `${lines.join('\n')}\n`;
}

// The schema validation of rendered objects: the built-in kinds through kubernetes-models' validators
// (a wrong type, a missing field, an unknown field at any depth, maps and free-form fields left alone),
// the custom kinds through their CRDs (strict where the API server prunes, int-or-string, nullable), the
// APIs a Kubernetes version no longer serves, and the kinds no schema describes, counted and named.

import { splitObjects } from '../../src/render/objects.ts';
import { linearPattern } from '../../src/text/pattern.ts';
import { CrdSchemas } from '../../src/validate/crd.ts';
import { kindsOf, kubeSchemas } from '../../src/validate/kube.ts';
import { REMOVED_APIS, removedOn } from '../../src/validate/removed.ts';
import { unvalidatedLine, validateObjects } from '../../src/validate/validate.ts';

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  namespace: prod
  labels: { app: api, anything.example/goes: "yes" }
  annotations: { note: free }
spec:
  replicas: 2
  selector: { matchLabels: { app: api } }
  template:
    metadata: { labels: { app: api } }
    spec:
      containers:
        - name: api
          image: ghcr.io/acme/api@sha256:${'a'.repeat(64)}
          ports: [{ containerPort: 8080 }]
          resources: { limits: { cpu: 500m, memory: 128Mi } }
          livenessProbe: { httpGet: { path: /healthz, port: http } }
`;

const CRD = `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: { name: servicemonitors.monitoring.coreos.com }
spec:
  group: monitoring.coreos.com
  names: { kind: ServiceMonitor, plural: servicemonitors }
  scope: Namespaced
  versions:
    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema:
          type: object
          properties:
            spec:
              type: object
              required: [endpoints]
              properties:
                endpoints:
                  type: array
                  items:
                    type: object
                    properties:
                      port: { type: string }
                      targetPort: { x-kubernetes-int-or-string: true }
                      interval: { type: string, nullable: true }
                selector:
                  type: object
                  x-kubernetes-preserve-unknown-fields: true
`;

const MONITOR = (spec: string) => `apiVersion: monitoring.coreos.com/v1
kind: ServiceMonitor
metadata: { name: api, namespace: prod }
spec:
${spec}`;

async function run(text: string, kubeVersion?: string, crds: CrdSchemas = new CrdSchemas()) {
  const objects = [...splitObjects(text).values()];
  return validateObjects(objects, { kube: await kubeSchemas(kindsOf(objects)), crds }, kubeVersion);
}

describe('built-in kinds', () => {
  test('a valid Deployment passes: maps (labels, limits) and int-or-string ports are not unknown fields', async () => {
    const v = await run(DEPLOYMENT, '1.31');
    expect(v).toEqual({ kubeVersion: '1.31', validated: 1, findings: [], unvalidated: [] });
  });

  test('a wrong field type is said at its path', async () => {
    const v = await run(DEPLOYMENT.replace('replicas: 2', 'replicas: "2"'), '1.31');
    expect(v.findings).toEqual(['Deployment prod/api: spec.replicas: expected integer']);
  });

  test('an unknown field is said at its path, in a list element too', async () => {
    const text = DEPLOYMENT.replace('replicas: 2', 'replicas: 2\n  replica: 3').replace(
      '          ports:',
      '          imagePullPolicyy: Always\n          ports:',
    );
    expect((await run(text)).findings).toEqual([
      'Deployment prod/api: spec.replica: unknown field',
      'Deployment prod/api: spec.template.spec.containers[0].imagePullPolicyy: unknown field',
    ]);
  });

  test('a missing required field and a wrong enum value', async () => {
    const text = DEPLOYMENT.replace('        - name: api\n', '        - imagePullPolicy: Sometimes\n');
    expect((await run(text)).findings).toEqual([
      'Deployment prod/api: spec.template.spec.containers[0]: missing required field name',
      'Deployment prod/api: spec.template.spec.containers[0].imagePullPolicy: expected one of "Always", "IfNotPresent", "Never"',
    ]);
  });

  test('a field an attacker nests under a free-form field is not read as the object', async () => {
    // A ConfigMap's data is a map of strings: a nested object there is a type error, not an unknown field.
    const v = await run('apiVersion: v1\nkind: ConfigMap\nmetadata: { name: c }\ndata:\n  a: { nested: true }\n');
    expect(v.findings).toEqual(['ConfigMap c: data.a: expected string']);
  });
});

test('common kinds as charts write them pass, descriptions and a CRD schema’s x-kubernetes-* extensions included', async () => {
  const text = `apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: p }
value: 10
description: hi
---
apiVersion: v1
kind: Service
metadata: { name: s, namespace: n }
spec: { ports: [{ port: 80, targetPort: http, name: x, protocol: TCP }], selector: { a: b }, type: ClusterIP }
---
apiVersion: batch/v1
kind: CronJob
metadata: { name: c }
spec: { schedule: "* * * * *", jobTemplate: { spec: { template: { spec: { restartPolicy: Never, containers: [{ name: a, image: b, env: [{ name: X, value: "1" }, { name: Y, valueFrom: { secretKeyRef: { name: s, key: k } } }] }] } } } } }
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: i, annotations: { a: b } }
spec: { ingressClassName: nginx, rules: [{ host: x, http: { paths: [{ path: /, pathType: Prefix, backend: { service: { name: s, port: { number: 80 } } } }] } }], tls: [{ hosts: [x], secretName: t }] }
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: { name: h }
spec: { scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: d }, minReplicas: 1, maxReplicas: 3, metrics: [{ type: Resource, resource: { name: cpu, target: { type: Utilization, averageUtilization: 50 } } }] }
---
apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: { name: a.b.c }
spec: { group: b.c, names: { kind: A, plural: as, listKind: AList, singular: a }, scope: Namespaced, versions: [{ name: v1, served: true, storage: true, additionalPrinterColumns: [{ name: x, type: string, jsonPath: .spec.x }], subresources: { status: {} }, schema: { openAPIV3Schema: { description: d, type: object, x-kubernetes-preserve-unknown-fields: true, properties: { spec: { type: object, x-kubernetes-validations: [{ rule: "true" }], x-kubernetes-list-type: atomic, properties: { x: { type: string, format: date-time, default: a } } } } } } }] }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: r }
rules: [{ apiGroups: [""], resources: [pods], verbs: [get] }]
---
apiVersion: v1
kind: Secret
metadata: { name: s }
type: Opaque
stringData: { a: b }
data: { c: ZA== }
`;
  expect(await run(text)).toEqual({ kubeVersion: '1.36', validated: 8, findings: [], unvalidated: [] });
});

describe('removed APIs', () => {
  const PDB =
    'apiVersion: policy/v1beta1\nkind: PodDisruptionBudget\nmetadata: { name: api, namespace: prod }\nspec: { minAvailable: 1 }\n';

  test('policy/v1beta1 PodDisruptionBudget is refused on 1.25 and later, with its replacement', async () => {
    expect((await run(PDB, '1.25')).findings).toEqual([
      'PodDisruptionBudget prod/api: policy/v1beta1 PodDisruptionBudget is not served since Kubernetes 1.25 (kube-version 1.25): use policy/v1',
    ]);
    expect((await run(PDB, '1.31.2')).findings).toHaveLength(1);
  });

  test('the same object is validated on 1.24, where it is still served', async () => {
    expect(await run(PDB, '1.24')).toEqual({ kubeVersion: '1.24', validated: 1, findings: [], unvalidated: [] });
  });

  test('without kube-version the schemas’ own version decides: every removal up to it applies', async () => {
    const v = await run('apiVersion: extensions/v1beta1\nkind: Ingress\nmetadata: { name: web }\nspec: {}\n');
    expect(v.kubeVersion).toBe('1.36');
    expect(v.findings).toEqual([
      'Ingress web: extensions/v1beta1 Ingress is not served since Kubernetes 1.22 (kube-version 1.36): use networking.k8s.io/v1',
    ]);
  });

  test('the table holds the removals the issue names', () => {
    const at = (apiVersion: string, kind: string) => REMOVED_APIS.find((a) => a.apiVersion === apiVersion && a.kind === kind);
    expect(at('batch/v1beta1', 'CronJob')).toEqual({
      apiVersion: 'batch/v1beta1',
      kind: 'CronJob',
      removedIn: '1.25',
      replacement: 'batch/v1',
    });
    expect(at('autoscaling/v2beta2', 'HorizontalPodAutoscaler')?.removedIn).toBe('1.26');
    expect(at('flowcontrol.apiserver.k8s.io/v1beta2', 'FlowSchema')?.removedIn).toBe('1.29');
    expect(removedOn('batch/v1beta1', 'CronJob', [1, 24])).toBeUndefined();
  });
});

describe('custom kinds', () => {
  test('an object of a kind no schema describes is counted and named, never passed in silence', async () => {
    const v = await run(
      `${MONITOR('  endpoints: [{ port: http }]')}\n---\n${MONITOR('  endpoints: []').replace('name: api', 'name: web')}`,
    );
    expect(v.validated).toBe(0);
    expect(v.unvalidated).toEqual([{ kind: 'monitoring.coreos.com/v1 ServiceMonitor', count: 2 }]);
    expect(unvalidatedLine(v)).toBe(
      '2 objects not validated: no schema for monitoring.coreos.com/v1 ServiceMonitor; add their CRD to crds: in the config',
    );
  });

  test('with its CRD rendered beside it, the object is validated: strict, int-or-string, nullable, preserved fields', async () => {
    const good = MONITOR(
      '  endpoints: [{ port: http, targetPort: 8080, interval: null }, { targetPort: web }]\n  selector: { anything: { goes: 1 } }',
    );
    expect(await run(`${CRD}---\n${good}`)).toEqual({ kubeVersion: '1.36', validated: 2, findings: [], unvalidated: [] });
    const bad = MONITOR('  endpoints: [{ port: 80, targetPort: [1], extra: x }]\n  selctor: {}');
    expect((await run(`${CRD}---\n${bad}`)).findings).toEqual([
      'ServiceMonitor prod/api: spec.selctor: unknown field',
      'ServiceMonitor prod/api: spec.endpoints[0].extra: unknown field',
      'ServiceMonitor prod/api: spec.endpoints[0].port: expected string',
      'ServiceMonitor prod/api: spec.endpoints[0].targetPort: matches none of the shapes it may take',
    ]);
  });

  test('a CRD given apart (crds: in the config) serves the objects of every render that shares it', async () => {
    const crds = new CrdSchemas();
    crds.add([...splitObjects(CRD).values()].map((o) => o.body));
    expect((await run(MONITOR('  endpoints: {}'), '1.31', crds)).findings).toEqual([
      'ServiceMonitor prod/api: spec.endpoints: expected array',
    ]);
  });
});

// Issue 73, item 4: a CRD in a pull request's chart writes its own patterns. They are compiled as the API
// server compiles them (RE2), so no pattern makes the check backtrack; a string longer than the cap is a
// finding, never matched; a pattern RE2 does not read is a finding (error mode refuses on it).
describe('patterns a CRD writes', () => {
  const widgetCrd = (pattern: string) => `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: { name: widgets.example.com }
spec:
  group: example.com
  names: { kind: Widget, plural: widgets }
  scope: Namespaced
  versions:
    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema:
          type: object
          properties:
            spec:
              type: object
              properties:
                name: { type: string, pattern: ${JSON.stringify(pattern)} }
`;
  const widget = (name: string) => `apiVersion: example.com/v1
kind: Widget
metadata: { name: w, namespace: prod }
spec:
  name: ${JSON.stringify(name)}
`;

  test.each([31, 40, 4000])('^(a|a)*$ against %i characters and a b: judged, not backtracked', async (n) => {
    const v = await run(`${widgetCrd('^(a|a)*$')}---\n${widget(`${'a'.repeat(n)}b`)}`);
    expect(v.findings).toEqual(['Widget prod/w: spec.name: must match pattern "^(a|a)*$"']);
  });

  test('RE2 syntax Kubernetes accepts and JavaScript does not (POSIX classes, \\z) matches as the API server would', async () => {
    const v = await run(`${widgetCrd('^[[:lower:]]+\\z')}---\n${widget('abc')}\n---\n${widget('ab1').replace('name: w', 'name: x')}`);
    expect(v.findings).toEqual(['Widget prod/x: spec.name: must match pattern "^[[:lower:]]+\\z"']);
  });

  test('a string over 65536 characters is a finding, not matched', async () => {
    const v = await run(
      `${widgetCrd('^a+$')}---\n${widget('a'.repeat(65_537))}\n---\n${widget('a'.repeat(65_536)).replace('name: w', 'name: x')}`,
    );
    expect(v.findings).toEqual([`Widget prod/w: spec.name: 65537 characters, longer than the 65536 a schema's pattern is matched against`]);
  });

  test.each([
    ['(a)\\1', 'invalid escape sequence: `\\1`'],
    ['^(?=a)a$', 'invalid or unsupported Perl syntax: `(?=`'],
  ])(
    'a pattern RE2 does not read (%s) is a finding for each object of the kind, said as the API server’s refusal',
    async (pattern, reason) => {
      const v = await run(`${widgetCrd(pattern)}---\n${widget('a')}`);
      expect(v.findings).toEqual([
        `Widget prod/w: its CRD's schema does not compile: pattern ${JSON.stringify(pattern)} is not RE2 syntax, the syntax Kubernetes reads patterns in (${reason}): the API server refuses the CRD`,
      ]);
    },
  );
});

// The built-in kinds' validators come compiled (kubernetes-models, @kubernetes-models/flux-cd), their patterns
// written by Kubernetes and Flux, not by a pull request, and matched by JavaScript. These are all of them, each
// free of nested or overlapping repetition; a new one from an upgrade is read here before it ships.
test('the built-in schemas carry only these eight patterns (Flux’s URLs and names), each RE2 syntax', async () => {
  const { readdirSync, readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const found = new Set<string>();
  for (const dir of ['node_modules/kubernetes-models/_schemas', 'node_modules/@kubernetes-models/flux-cd/_schemas'])
    for (const f of readdirSync(join(process.cwd(), dir)))
      for (const m of readFileSync(join(process.cwd(), dir, f), 'utf8').matchAll(/RegExp\("((?:[^"\\]|\\.)*)"/g))
        found.add(JSON.parse(`"${m[1]}"`) as string);
  expect([...found].sort()).toEqual([
    '^([a-zA-Z0-9_\\-.\\\\\\/]|\\[[0-9]{1,5}\\])+$',
    '^(http|https)://',
    '^(http|https)://.*$',
    '^(http|https|oci)://.*$',
    '^(http|https|ssh)://.*$',
    '^[\\-._a-zA-Z0-9]+$',
    '^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$',
    '^oci://.*$',
  ]);
  for (const p of found) expect(() => linearPattern(p)).not.toThrow();
});

import { readFileSync } from 'node:fs';
import { KUBE_KINDS_FILE, renderKubeKinds } from '../../../../scripts/write-kube-kinds.ts';
import { KUBE_KINDS } from '../../src/validate/kube-kinds.ts';
import { kindsOf, kubeSchemas } from '../../src/validate/kube.ts';

// Each Kubernetes kind's schema loaded on its own (kube-kinds.ts, written from kubernetes-models): the file is the one
// the installed package gives, and a run gets the validators of the kinds it asks for, and no other.

describe('the kinds of kubernetes-models, one module each', () => {
  test('kube-kinds.ts is what scripts/write-kube-kinds.ts writes for the package installed (npm run kube-kinds)', async () => {
    expect(readFileSync(KUBE_KINDS_FILE, 'utf8')).toBe(await renderKubeKinds());
  });

  test('the kinds a chart holds are among them, Lists too; a custom kind is not', () => {
    for (const k of ['apps/v1/Deployment', 'v1/Service', 'v1/ConfigMap', 'batch/v1/CronJob', 'policy/v1/PodDisruptionBudget', 'v1/PodList'])
      expect(KUBE_KINDS.has(k)).toBe(true);
    expect(KUBE_KINDS.has('monitoring.coreos.com/v1/ServiceMonitor')).toBe(false);
  });

  test('kubeSchemas: the validators of the modelled kinds asked for, and only those; each finds what its schema refuses', async () => {
    const kinds = kindsOf([
      { apiVersion: 'apps/v1', kind: 'Deployment' },
      { apiVersion: 'apps/v1', kind: 'Deployment' },
      { apiVersion: 'v1', kind: 'Service' },
      { apiVersion: 'monitoring.coreos.com/v1', kind: 'ServiceMonitor' },
    ]);
    expect([...kinds]).toEqual(['apps/v1/Deployment', 'v1/Service', 'monitoring.coreos.com/v1/ServiceMonitor']);
    const schemas = await kubeSchemas(kinds);
    expect([...schemas.keys()]).toEqual(['apps/v1/Deployment', 'v1/Service']);
    const deployment = schemas.get('apps/v1/Deployment')!;
    const ok = { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'api' }, spec: { selector: {}, template: {} } };
    expect(deployment(ok)).toEqual([]);
    const wrong = deployment({ ...ok, spec: { ...ok.spec, replicas: 'two' } });
    expect(wrong.map((e) => [e.instancePath, e.keyword])).toContainEqual(['/spec/replicas', 'type']);
    // Asked again, the same validator: each kind's module is loaded once per run.
    expect((await kubeSchemas(['apps/v1/Deployment'])).get('apps/v1/Deployment')).toBe(deployment);
  });
});

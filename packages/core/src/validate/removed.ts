// The APIs Kubernetes stopped serving, from its deprecated API migration guide
// (kubernetes.io/docs/reference/using-api/deprecation-guide/, "Removed APIs by
// release"). The schema package (kubernetes-models) carries one API level with
// the old group versions beside it, so an object it validates may still be one
// the target cluster refuses: this table says which, by the version that
// removed it and what replaces it.

/** One API the cluster no longer serves from `removedIn` on. */
export interface RemovedApi {
  apiVersion: string;
  kind: string;
  /** The Kubernetes minor that stopped serving it, e.g. `1.25`. */
  removedIn: string;
  /** What to write instead, e.g. `policy/v1`. */
  replacement: string;
}

const r = (apiVersion: string, kinds: readonly string[], removedIn: string, replacement: string): RemovedApi[] =>
  kinds.map((kind) => ({ apiVersion, kind, removedIn, replacement }));

/** Every removal of the guide, oldest first. */
export const REMOVED_APIS: readonly RemovedApi[] = [
  // 1.16
  ...r('extensions/v1beta1', ['NetworkPolicy'], '1.16', 'networking.k8s.io/v1'),
  ...r('extensions/v1beta1', ['PodSecurityPolicy'], '1.16', 'policy/v1beta1'),
  ...r('extensions/v1beta1', ['DaemonSet', 'Deployment', 'ReplicaSet'], '1.16', 'apps/v1'),
  ...r('apps/v1beta1', ['Deployment', 'StatefulSet', 'ReplicaSet', 'DaemonSet'], '1.16', 'apps/v1'),
  ...r('apps/v1beta2', ['Deployment', 'StatefulSet', 'ReplicaSet', 'DaemonSet'], '1.16', 'apps/v1'),
  // 1.22
  ...r(
    'admissionregistration.k8s.io/v1beta1',
    ['MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration'],
    '1.22',
    'admissionregistration.k8s.io/v1',
  ),
  ...r('apiextensions.k8s.io/v1beta1', ['CustomResourceDefinition'], '1.22', 'apiextensions.k8s.io/v1'),
  ...r('apiregistration.k8s.io/v1beta1', ['APIService'], '1.22', 'apiregistration.k8s.io/v1'),
  ...r('authentication.k8s.io/v1beta1', ['TokenReview'], '1.22', 'authentication.k8s.io/v1'),
  ...r(
    'authorization.k8s.io/v1beta1',
    ['LocalSubjectAccessReview', 'SelfSubjectAccessReview', 'SubjectAccessReview'],
    '1.22',
    'authorization.k8s.io/v1',
  ),
  ...r('certificates.k8s.io/v1beta1', ['CertificateSigningRequest'], '1.22', 'certificates.k8s.io/v1'),
  ...r('coordination.k8s.io/v1beta1', ['Lease'], '1.22', 'coordination.k8s.io/v1'),
  ...r('extensions/v1beta1', ['Ingress'], '1.22', 'networking.k8s.io/v1'),
  ...r('networking.k8s.io/v1beta1', ['Ingress', 'IngressClass'], '1.22', 'networking.k8s.io/v1'),
  ...r(
    'rbac.authorization.k8s.io/v1beta1',
    ['ClusterRole', 'ClusterRoleBinding', 'Role', 'RoleBinding'],
    '1.22',
    'rbac.authorization.k8s.io/v1',
  ),
  ...r('scheduling.k8s.io/v1beta1', ['PriorityClass'], '1.22', 'scheduling.k8s.io/v1'),
  ...r('storage.k8s.io/v1beta1', ['CSIDriver', 'CSINode', 'StorageClass', 'VolumeAttachment'], '1.22', 'storage.k8s.io/v1'),
  // 1.25
  ...r('batch/v1beta1', ['CronJob'], '1.25', 'batch/v1'),
  ...r('discovery.k8s.io/v1beta1', ['EndpointSlice'], '1.25', 'discovery.k8s.io/v1'),
  ...r('events.k8s.io/v1beta1', ['Event'], '1.25', 'events.k8s.io/v1'),
  ...r('autoscaling/v2beta1', ['HorizontalPodAutoscaler'], '1.25', 'autoscaling/v2'),
  ...r('policy/v1beta1', ['PodDisruptionBudget'], '1.25', 'policy/v1'),
  ...r('policy/v1beta1', ['PodSecurityPolicy'], '1.25', 'Pod Security Admission (no object)'),
  ...r('node.k8s.io/v1beta1', ['RuntimeClass'], '1.25', 'node.k8s.io/v1'),
  // 1.26
  ...r('flowcontrol.apiserver.k8s.io/v1beta1', ['FlowSchema', 'PriorityLevelConfiguration'], '1.26', 'flowcontrol.apiserver.k8s.io/v1'),
  ...r('autoscaling/v2beta2', ['HorizontalPodAutoscaler'], '1.26', 'autoscaling/v2'),
  // 1.27
  ...r('storage.k8s.io/v1beta1', ['CSIStorageCapacity'], '1.27', 'storage.k8s.io/v1'),
  // 1.29
  ...r('flowcontrol.apiserver.k8s.io/v1beta2', ['FlowSchema', 'PriorityLevelConfiguration'], '1.29', 'flowcontrol.apiserver.k8s.io/v1'),
  // 1.32
  ...r('flowcontrol.apiserver.k8s.io/v1beta3', ['FlowSchema', 'PriorityLevelConfiguration'], '1.32', 'flowcontrol.apiserver.k8s.io/v1'),
];

/** `1.25` → [1, 25]; undefined for anything else. */
export function minorOf(version: string): [number, number] | undefined {
  const m = /^v?(\d+)\.(\d+)(?:\.\d+)?$/.exec(version.trim());
  return m ? [Number(m[1]), Number(m[2])] : undefined;
}

/** The removal that makes `apiVersion` `kind` unserved on `kubeVersion`, if any. */
export function removedOn(apiVersion: string, kind: string, kubeVersion: [number, number]): RemovedApi | undefined {
  return REMOVED_APIS.find((a) => {
    if (a.apiVersion !== apiVersion || a.kind !== kind) return false;
    const [maj, min] = minorOf(a.removedIn)!;
    return kubeVersion[0] > maj || (kubeVersion[0] === maj && kubeVersion[1] >= min);
  });
}

// A render's output as Kubernetes objects keyed by apiVersion/kind/namespace/
// name, read as the yaml package reads it (documents.ts; the `# Source:`
// comments and `---` separators Helm writes are the parser's business). Each
// object is printed again with its keys in a stable order, so two renders
// compare line by line.

import { stringify } from 'yaml';
import { readDocuments } from './documents.ts';
import { plainYaml } from './plain-yaml.ts';

/** Kinds Kubernetes keeps cluster-wide: the release namespace is not theirs. */
const CLUSTER_KINDS = new Set([
  'APIService',
  'CSIDriver',
  'ClusterIssuer',
  'ClusterRole',
  'ClusterRoleBinding',
  'CustomResourceDefinition',
  'IngressClass',
  'MutatingWebhookConfiguration',
  'Namespace',
  'PersistentVolume',
  'PriorityClass',
  'RuntimeClass',
  'StorageClass',
  'ValidatingAdmissionPolicy',
  'ValidatingAdmissionPolicyBinding',
  'ValidatingWebhookConfiguration',
]);

/** One rendered object. */
export interface RenderedObject {
  apiVersion: string;
  kind: string;
  namespace: string;
  name: string;
  /** The object as plain data. */
  body: Record<string, unknown>;
}

/** `apps/v1/Deployment/prod/api` (namespace empty for cluster-wide objects). */
export function objectKey(o: Pick<RenderedObject, 'apiVersion' | 'kind' | 'namespace' | 'name'>): string {
  return `${o.apiVersion}/${o.kind}/${o.namespace}/${o.name}`;
}

/** `Deployment prod/api`, how a reviewer reads it. */
export function objectLabel(o: Pick<RenderedObject, 'kind' | 'namespace' | 'name'>): string {
  return `${o.kind} ${o.namespace ? `${o.namespace}/` : ''}${o.name}`;
}

/** Whether an object is a list kubectl and Argo CD apply item by item: `kind: List` or any `*List` with an `items` list. */
function isList(b: Record<string, unknown>): boolean {
  return typeof b.kind === 'string' && b.kind.endsWith('List') && Array.isArray(b.items);
}

/**
 * The objects of a multi-document manifest, by key; `namespace` is given to
 * objects that name none, as Argo CD applies them into the destination
 * namespace. A `List` (or any `*List`) is unwrapped into its items, nested
 * lists too, as kubectl and Argo CD apply them: a Secret inside one is a
 * Secret like any other. Documents that are empty or no object (a bare
 * comment) are skipped; a document the parser refuses is an error naming it.
 */
export function splitObjects(text: string, namespace = ''): Map<string, RenderedObject> {
  const out = new Map<string, RenderedObject>();
  const add = (body: unknown): void => {
    if (!body || typeof body !== 'object' || Array.isArray(body)) return;
    const b = body as Record<string, unknown>;
    if (isList(b)) {
      for (const item of b.items as unknown[]) add(item);
      return;
    }
    const meta = (b.metadata ?? {}) as Record<string, unknown>;
    const obj: RenderedObject = {
      apiVersion: String(b.apiVersion ?? ''),
      kind: String(b.kind ?? ''),
      namespace:
        typeof meta.namespace === 'string' && meta.namespace !== '' ? meta.namespace : CLUSTER_KINDS.has(String(b.kind)) ? '' : namespace,
      name: String(meta.name ?? ''),
      body: b,
    };
    if (!obj.kind && !obj.name) return;
    out.set(objectKey(obj), obj);
  };
  for (const doc of readDocuments(text).documents) add(doc);
  return out;
}

/**
 * A copy of data with every map's keys sorted (arrays keep their order). An
 * object met twice (a YAML alias) is copied once and shared, as structuredClone
 * shares it: a change made through one place shows at the other.
 */
export function sortedKeys(v: unknown, seen = new Map<object, unknown>()): unknown {
  if (!v || typeof v !== 'object') return v;
  const known = seen.get(v);
  if (known !== undefined) return known;
  const copy = Array.isArray(v)
    ? v.map((x) => sortedKeys(x, seen))
    : Object.fromEntries(
        Object.keys(v)
          .sort()
          .map((k) => [k, sortedKeys((v as Record<string, unknown>)[k], seen)]),
      );
  seen.set(v, copy);
  return copy;
}

/**
 * Data sorted by sortedKeys as YAML, no line folding, a shared object written out in full at each place: the text the
 * diff is taken of (written by plain-yaml.ts where the data has a manifest's plain shape, the same text).
 */
export function stableYaml(sorted: unknown): string {
  return plainYaml(sorted) ?? stringify(sorted, { lineWidth: 0, minContentWidth: 0, aliasDuplicateObjects: false });
}

/**
 * `stableYaml(sortedKeys(v))`, the same text, written from `v` in sorted key order without the copy where the data
 * has a manifest's plain shape (a comparison prints every object of both renders; the copies were most of its garbage).
 */
export function sortedYaml(v: unknown): string {
  return plainYaml(v, true) ?? stableYaml(sortedKeys(v));
}

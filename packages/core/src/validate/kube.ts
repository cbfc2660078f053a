// The Kubernetes built-in kinds' schemas, from the kubernetes-models package:
// ajv's validators compiled from the Kubernetes OpenAPI document (one API level,
// with the older group versions it still describes beside it), shipped in the
// package so nothing is fetched at run time. Loaded on the first object a run
// validates, once per process: 3.5 MB of modules only a validating render needs.

import type { ErrorObject } from 'ajv';

/** A built-in kind's validator: ajv's errors, empty when the object passes. */
export type KindValidator = (data: unknown) => readonly ErrorObject[];

/** The built-in kinds by `apiVersion/kind`. */
export type KubeSchemas = ReadonlyMap<string, KindValidator>;

/** The API level the package's schemas describe (kubernetes-models 5: Kubernetes v1.36.0's OpenAPI document). */
export const KUBE_SCHEMAS_VERSION = '1.36';

let loading: Promise<KubeSchemas> | undefined;

/** The built-in kinds' validators, loaded once. */
export function kubeSchemas(): Promise<KubeSchemas> {
  return (loading ??= import('kubernetes-models').then((models) => {
    const out = new Map<string, KindValidator>();
    collect(models, out);
    return out;
  }));
}

/** A model class of the package: its apiVersion, kind, and the validate its prototype carries. */
interface ModelClass {
  apiVersion?: unknown;
  kind?: unknown;
  prototype: { validate(this: unknown): void };
}

/** Every model class under the package's nested namespaces (group, then version). */
function collect(ns: Record<string, unknown>, out: Map<string, KindValidator>): void {
  for (const value of Object.values(ns)) {
    if (typeof value === 'function') {
      const model = value as unknown as ModelClass;
      if (typeof model.apiVersion === 'string' && typeof model.kind === 'string')
        out.set(`${model.apiVersion}/${model.kind}`, (data) => run(model, data));
    } else if (value && typeof value === 'object') collect(value as Record<string, unknown>, out);
  }
}

/** The model's validate on `data`: it throws ajv's errors (`errors`) when the object fails. */
function run(model: ModelClass, data: unknown): readonly ErrorObject[] {
  try {
    model.prototype.validate.call(data);
    return [];
  } catch (e) {
    const errors = (e as { errors?: ErrorObject[] }).errors;
    if (Array.isArray(errors)) return errors;
    throw e;
  }
}

// The Kubernetes built-in kinds' schemas, from the kubernetes-models package:
// ajv's validators compiled from the Kubernetes OpenAPI document (one API level,
// with the older group versions it still describes beside it), shipped in the
// package so nothing is fetched at run time. Loaded on the first object a run
// validates, once per process: 3.5 MB of modules only a validating render needs.
// Flux's kinds come the same way from the same family's @kubernetes-models/flux-cd,
// loaded only when a Flux object is validated.

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

/**
 * Starts loading the built-in kinds' validators without waiting: a caller that will validate a render calls it
 * when its renderer starts, so the modules compile while Helm runs. A failure is met again by kubeSchemas().
 */
export function preloadKubeSchemas(): void {
  kubeSchemas().catch(() => undefined);
}

/**
 * True for an API of Flux's toolkit (`helm.toolkit.fluxcd.io/v2`, `source.toolkit.fluxcd.io/v1`, …),
 * whose kinds' schemas come from @kubernetes-models/flux-cd rather than Kubernetes' own.
 */
export function isFluxApi(apiVersion: string): boolean {
  return /^[a-z]+\.toolkit\.fluxcd\.io\/[a-z0-9]+$/.test(apiVersion);
}

let fluxLoading: Promise<KubeSchemas> | undefined;
let withFlux: Promise<KubeSchemas> | undefined;

/**
 * Flux's kinds' validators (@kubernetes-models/flux-cd 4: the source, helm,
 * kustomize, image and notification controllers' APIs from v1beta1 to v1 and
 * helm's v2, generated from the controllers' Go types), loaded once, on the
 * first Flux object a run validates: 2.2 MB of modules a run without Flux
 * never loads.
 */
export function fluxSchemas(): Promise<KubeSchemas> {
  return (fluxLoading ??= import('@kubernetes-models/flux-cd').then((models) => {
    const out = new Map<string, KindValidator>();
    collect(models, out);
    return out;
  }));
}

/** The built-in kinds' validators with Flux's beside them, loaded once. */
export function kubeAndFluxSchemas(): Promise<KubeSchemas> {
  return (withFlux ??= Promise.all([kubeSchemas(), fluxSchemas()]).then(([kube, flux]) => new Map([...kube, ...flux])));
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

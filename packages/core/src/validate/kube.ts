// The Kubernetes built-in kinds' schemas, from the kubernetes-models package:
// ajv's validators compiled from the Kubernetes OpenAPI document (one API level,
// with the older group versions it still describes beside it), shipped in the
// package so nothing is fetched at run time. Each kind is its own module
// (kube-kinds.ts, written from the package): a run loads the kinds its renders
// hold, each once. The whole package is 3.5 MB of modules whose compiling took
// ~0.2 s of CPU while Helm ran; a chart of Deployments, Services and ConfigMaps
// needs ~0.45 MB of it. Flux's kinds come the same way from the same family's
// @kubernetes-models/flux-cd, loaded only when a Flux object is validated.

import type { ErrorObject } from 'ajv';
import type { RenderOutcome } from '../render/cached.ts';
import type { KindModule } from './kube-kinds.ts';
import { schemaModules } from './schemas-load.ts';

/** A built-in kind's validator: ajv's errors, empty when the object passes. */
export type KindValidator = (data: unknown) => readonly ErrorObject[];

/** The built-in kinds by `apiVersion/kind`. */
export type KubeSchemas = ReadonlyMap<string, KindValidator>;

/** The API level the package's schemas describe (kubernetes-models 5: Kubernetes v1.36.0's OpenAPI document). */
export const KUBE_SCHEMAS_VERSION = '1.36';

/** Each kind's validator as it loads, by `apiVersion/kind`: a kind's module is loaded once per run. */
const loading = new Map<string, Promise<KindValidator>>();

/** How many schema modules are loading now, and whether Node's deprecation warnings were off before the first. */
let quiet = 0;
let wasQuiet = false;

/**
 * A schema module's load with Node's deprecation warnings held back while it runs. The validators'
 * ajv-formats-draft2019 requires `punycode`, which Node answers with its deprecated built-in module (DEP0040, not the
 * npm package it depends on): its warning, in the log of every validating run, names nothing a user can act on.
 * Node says each deprecation once per process; what the rest of the run does is said as before.
 */
async function withoutDeprecations<T>(load: () => Promise<T>): Promise<T> {
  if (quiet++ === 0) {
    wasQuiet = process.noDeprecation === true;
    process.noDeprecation = true;
  }
  try {
    return await load();
  } finally {
    if (--quiet === 0) process.noDeprecation = wasQuiet;
  }
}

/** The validator of one kind the package models. */
function kindValidator(key: string, load: () => Promise<KindModule>): Promise<KindValidator> {
  let v = loading.get(key);
  if (!v) {
    loading.set(
      key,
      (v = withoutDeprecations(load).then((module) => {
        const found = new Map<string, KindValidator>();
        collect(module, found);
        const validator = found.get(key);
        if (!validator) throw new Error(`kubernetes-models has no model of ${key} where kube-kinds.ts says`);
        return validator;
      })),
    );
    // A module that did not load is not kept: this ask says why, the next one tries it again.
    v.catch(() => loading.delete(key));
  }
  return v;
}

let kinds: Promise<ReadonlyMap<string, () => Promise<KindModule>>> | undefined;

/** The kinds the package models and their modules' loaders (kube-kinds.ts), loaded when a run first validates. */
function kubeKinds(): Promise<ReadonlyMap<string, () => Promise<KindModule>>> {
  return (kinds ??= schemaModules().then((m) => m.KUBE_KINDS));
}

/** The validators of the built-in kinds among `keys` (`apiVersion/kind`); a key the package does not model is absent. */
export async function kubeSchemas(keys: Iterable<string>): Promise<KubeSchemas> {
  const all = await kubeKinds();
  const modelled = [...new Set(keys)].flatMap((k) => {
    const load = all.get(k);
    return load ? [[k, load] as const] : [];
  });
  const validators = await Promise.all(modelled.map(([k, load]) => kindValidator(k, load)));
  return new Map(modelled.map(([k], i) => [k, validators[i]]));
}

/** Each object's `apiVersion/kind`. */
export function kindsOf(objects: Iterable<{ apiVersion: string; kind: string }>): Set<string> {
  const keys = new Set<string>();
  for (const o of objects) keys.add(`${o.apiVersion}/${o.kind}`);
  return keys;
}

/**
 * Starts loading the validators of the kinds a render holds without waiting: a caller that will validate an
 * environment's after side gives its before side's render as it runs, so the kinds the environment has had load
 * while the after side's Helm runs. A failure is met again, and said, by kubeSchemas().
 */
export function preloadKindsOf(render: Promise<RenderOutcome> | undefined): void {
  render?.then((r) => (r.ok ? kubeSchemas(kindsOf(r.objects.values())) : undefined)).catch(() => undefined);
}

/**
 * True for an API of Flux's toolkit (`helm.toolkit.fluxcd.io/v2`, `source.toolkit.fluxcd.io/v1`, …),
 * whose kinds' schemas come from @kubernetes-models/flux-cd rather than Kubernetes' own.
 */
export function isFluxApi(apiVersion: string): boolean {
  return /^[a-z]+\.toolkit\.fluxcd\.io\/[a-z0-9]+$/.test(apiVersion);
}

let fluxLoading: Promise<KubeSchemas> | undefined;

/**
 * Flux's kinds' validators (@kubernetes-models/flux-cd 4: the source, helm,
 * kustomize, image and notification controllers' APIs from v1beta1 to v1 and
 * helm's v2, generated from the controllers' Go types), loaded once, on the
 * first Flux object a run validates: 2.2 MB of modules a run without Flux
 * never loads.
 */
export function fluxSchemas(): Promise<KubeSchemas> {
  return (fluxLoading ??= withoutDeprecations(() => schemaModules().then((m) => m.fluxModels())).then((models) => {
    const out = new Map<string, KindValidator>();
    collect(models, out);
    return out;
  }));
}

/** The validators of the built-in kinds among `keys` with all of Flux's beside them. */
export async function kubeAndFluxSchemas(keys: Iterable<string>): Promise<KubeSchemas> {
  const [kube, flux] = await Promise.all([kubeSchemas(keys), fluxSchemas()]);
  return new Map([...kube, ...flux]);
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

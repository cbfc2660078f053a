// Each rendered object judged against the schemas of the cluster it goes to:
// the built-in kinds' (kube.ts), the custom kinds' from their definitions
// (crd.ts), and the APIs the environment's Kubernetes version no longer serves
// (removed.ts). A finding is one line per problem at its field path
// (`Deployment prod/api: spec.replicas: expected integer`); an object whose
// kind no schema describes is counted and named, never passed in silence.

import type { ErrorObject } from 'ajv';
import { objectLabel, type RenderedObject } from '../render/objects.ts';
import type { CrdSchemas } from './crd.ts';
import { KUBE_SCHEMAS_VERSION, type KubeSchemas } from './kube.ts';
import { minorOf, removedOn } from './removed.ts';
import { watched } from './strict.ts';

/** What schema validation does with what it finds: refuse, annotate, or nothing at all. */
export type ValidateMode = 'error' | 'warn' | 'off';

/** One environment's rendered objects, validated. */
export interface Validation {
  /** The Kubernetes version validated for (`kube-version`, else the schemas' own). */
  kubeVersion: string;
  /** Objects a schema judged. */
  validated: number;
  /** One line per problem: `Deployment prod/api: spec.replicas: expected integer`. */
  findings: string[];
  /** The kinds no schema describes (`monitoring.coreos.com/v1 ServiceMonitor`), with how many objects of each. */
  unvalidated: { kind: string; count: number }[];
}

/** The schemas one validation reads. */
export interface Schemas {
  kube: KubeSchemas;
  crds: CrdSchemas;
}

/**
 * Validates `objects` for a cluster of `kubeVersion` (`1.31`; undefined: the
 * schemas' own). The definitions among the objects are added to `schemas.crds`
 * first, so a chart that ships its CRD with its resources is read whole.
 */
export function validateObjects(objects: Iterable<RenderedObject>, schemas: Schemas, kubeVersion?: string): Validation {
  const list = [...objects];
  schemas.crds.add(list.map((o) => o.body));
  const version = kubeVersion ?? KUBE_SCHEMAS_VERSION;
  const minor = minorOf(version);
  const findings: string[] = [];
  const unvalidated = new Map<string, number>();
  let validated = 0;
  for (const o of list) {
    const label = objectLabel(o);
    const removed = minor ? removedOn(o.apiVersion, o.kind, minor) : undefined;
    if (removed) {
      findings.push(
        `${label}: ${o.apiVersion} ${o.kind} is not served since Kubernetes ${removed.removedIn} (kube-version ${version}): use ${removed.replacement}`,
      );
      continue;
    }
    const found = objectFindings(o, schemas);
    if (found) {
      validated++;
      findings.push(...found.map((f) => `${label}: ${f.message}`));
      continue;
    }
    const kind = `${o.apiVersion} ${o.kind}`;
    unvalidated.set(kind, (unvalidated.get(kind) ?? 0) + 1);
  }
  return { kubeVersion: version, validated, findings, unvalidated: [...unvalidated].map(([kind, count]) => ({ kind, count })) };
}

/** One problem a schema found in an object: the field's key path, the keyword that failed (`unknown` for a field no schema declares), and the words said of it. */
export interface FieldFinding {
  at: (string | number)[];
  keyword: string;
  /** `spec.replicas: expected integer`. */
  message: string;
}

/**
 * What the schemas find in one object, each problem at its field; undefined
 * when no schema describes its kind. A built-in kind is judged by its model,
 * strictly (a field the schema does not declare is a finding), and a Flux
 * kind the same way by its @kubernetes-models/flux-cd model (before any CRD
 * of it a render or the config holds, so an edited file and a render of it
 * are judged alike); any other custom kind by its CRD.
 */
export function objectFindings(o: Pick<RenderedObject, 'apiVersion' | 'kind' | 'body'>, schemas: Schemas): FieldFinding[] | undefined {
  const model = schemas.kube.get(`${o.apiVersion}/${o.kind}`);
  if (model) {
    const view = watched(o.body);
    const errors = describe(model(view.view));
    // What the validator never read is known only once it has run.
    return [...errors, ...view.unknownFieldsAt().map(({ path, at }) => ({ at, keyword: 'unknown', message: `${path}: unknown field` }))];
  }
  const errors = schemas.crds.validate(o.apiVersion, o.kind, o.body);
  return errors ? describe(errors) : undefined;
}

/** The line that says what was not validated, or undefined when every object was. */
export function unvalidatedLine(v: Validation): string | undefined {
  const n = v.unvalidated.reduce((sum, u) => sum + u.count, 0);
  if (n === 0) return undefined;
  return `${n} object${n === 1 ? '' : 's'} not validated: no schema for ${v.unvalidated.map((u) => u.kind).join(', ')}; add ${n === 1 ? 'its' : 'their'} CRD to crds: in the config`;
}

/** ajv's errors as `field.path: what is wrong`, one per problem (an `anyOf`'s branches said once, as its own). */
function describe(errors: readonly ErrorObject[]): FieldFinding[] {
  const out = new Map<string, FieldFinding>();
  const unions = new Set(errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf').map((e) => e.instancePath));
  for (const e of errors) {
    const segments = pointerSegments(e.instancePath);
    const path = fieldPath(segments);
    if (unions.has(e.instancePath) && e.keyword !== 'anyOf' && e.keyword !== 'oneOf') continue;
    const at = (p: string) => (p === '' ? '' : `${p}: `);
    const params = e.params as Record<string, unknown>;
    const put = (message: string, where = segments) => {
      if (!out.has(message)) out.set(message, { at: where, keyword: e.keyword, message });
    };
    switch (e.keyword) {
      case 'type':
        put(`${at(path)}expected ${String(params.type).replace(/,/g, ' or ')}`);
        break;
      case 'required':
        put(`${at(path)}missing required field ${String(params.missingProperty)}`);
        break;
      case 'additionalProperties': {
        const field = [...segments, String(params.additionalProperty)];
        put(`${fieldPath(field)}: unknown field`, field);
        break;
      }
      case 'enum':
        put(`${at(path)}expected one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`);
        break;
      case 'anyOf':
      case 'oneOf':
        put(`${at(path)}matches none of the shapes it may take`);
        break;
      default:
        put(`${at(path)}${e.message ?? e.keyword}`);
    }
  }
  return [...out.values()];
}

/** ajv's `/spec/template/spec/containers/0/image` as its keys: `spec`, `template`, …, `0`, `image` (indexes as numbers). */
function pointerSegments(pointer: string): (string | number)[] {
  return pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/** A key path as `spec.template.spec.containers[0].image`. */
function fieldPath(segments: readonly (string | number)[]): string {
  return segments.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc === '' ? p : `${acc}.${p}`), '');
}

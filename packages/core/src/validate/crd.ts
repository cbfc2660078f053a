// The schemas of custom resources, from their CustomResourceDefinitions (a
// chart's crds/, the rendered output, the files the config's `crds:` names):
// each served version's openAPIV3Schema, compiled with ajv on the first object
// of that kind. A CRD's schema is OpenAPI's structural subset, read here as
// JSON Schema with Kubernetes' own words applied: `nullable`, int-or-string,
// and strictness where the API server prunes (a declared object that does not
// preserve unknown fields refuses the fields it does not declare). CEL rules
// (x-kubernetes-validations) are not evaluated. Patterns are compiled with RE2
// (text/pattern.ts), as the API server compiles them: a PR's CRD writes its own
// patterns, and JavaScript's backtracking RegExp would let one hold the check.

import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { PATTERN_INPUT_CAP, PatternSyntaxError, RE2_ENGINE } from '../text/pattern.ts';

type Schema = Record<string, unknown>;

const asObj = (v: unknown): Schema | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Schema) : undefined);

/** The custom kinds' schemas by `group/version/kind`, compiled when first used. */
export class CrdSchemas {
  private readonly schemas = new Map<string, Schema>();
  private readonly compiled = new Map<string, ValidateFunction | Error>();
  private ajv: Ajv | undefined;

  /** Reads every CustomResourceDefinition among `objects` (anything else is left alone); the first definition of a kind wins. */
  add(objects: Iterable<Record<string, unknown>>): void {
    for (const o of objects) {
      if (o.kind !== 'CustomResourceDefinition' || !String(o.apiVersion).startsWith('apiextensions.k8s.io/')) continue;
      const spec = asObj(o.spec);
      const group = typeof spec?.group === 'string' ? spec.group : undefined;
      const kind = asObj(spec?.names)?.kind;
      if (!group || typeof kind !== 'string') continue;
      for (const v of Array.isArray(spec?.versions) ? spec.versions : []) {
        const version = asObj(v);
        const schema = asObj(asObj(version?.schema)?.openAPIV3Schema) ?? asObj(asObj(spec?.validation)?.openAPIV3Schema);
        const key = `${group}/${String(version?.name)}/${kind}`;
        if (typeof version?.name === 'string' && schema && version.served !== false && !this.schemas.has(key))
          this.schemas.set(key, schema);
      }
    }
  }

  /** Whether a definition gives `apiVersion` `kind` a schema. */
  has(apiVersion: string, kind: string): boolean {
    return this.schemas.has(`${apiVersion}/${kind}`);
  }

  /** ajv's errors for `data` as an `apiVersion` `kind` (empty when it passes); undefined when no definition gives one. */
  validate(apiVersion: string, kind: string, data: unknown): readonly ErrorObject[] | undefined {
    const key = `${apiVersion}/${kind}`;
    const schema = this.schemas.get(key);
    if (!schema) return undefined;
    let fn = this.compiled.get(key);
    if (!fn) {
      this.ajv ??= new Ajv({ allErrors: true, strict: false, validateFormats: false, logger: false, code: { regExp: RE2_ENGINE } });
      try {
        fn = this.ajv.compile(asRoot(schema));
      } catch (e) {
        fn = e as Error;
      }
      this.compiled.set(key, fn);
    }
    if (fn instanceof Error) {
      // The API server refuses such a CRD (its patterns are Go's RE2): nothing of this kind could be applied.
      const why = fn instanceof PatternSyntaxError ? `${fn.message}: the API server refuses the CRD` : fn.message;
      return [{ instancePath: '', schemaPath: '#', keyword: 'schema', params: {}, message: `its CRD's schema does not compile: ${why}` }];
    }
    return fn(data) ? [] : (fn.errors ?? []).map((e) => overCap(e, data) ?? e);
  }
}

/** A `pattern` error on a string too long to be matched, said as such: the pattern never ran on it. */
function overCap(e: ErrorObject, data: unknown): ErrorObject | undefined {
  if (e.keyword !== 'pattern') return undefined;
  let value = data;
  for (const key of e.instancePath.split('/').slice(1))
    value = value && typeof value === 'object' ? (value as Schema)[key.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
  if (typeof value !== 'string' || value.length <= PATTERN_INPUT_CAP) return undefined;
  return { ...e, message: `${value.length} characters, longer than the ${PATTERN_INPUT_CAP} a schema's pattern is matched against` };
}

/** A resource's schema: the version's schema with the fields every object has. */
function asRoot(schema: Schema): Schema {
  const root = structural(schema);
  const properties = { ...(asObj(root.properties) ?? {}) };
  properties.apiVersion = { type: 'string' };
  properties.kind = { type: 'string' };
  properties.metadata = { type: 'object' };
  return { ...root, type: 'object', properties };
}

/** An OpenAPI structural schema as JSON Schema, strict where the API server prunes unknown fields. */
function structural(s: Schema): Schema {
  const out: Schema = {};
  for (const [k, v] of Object.entries(s)) {
    if (k === 'properties' || k === 'patternProperties') {
      out[k] = Object.fromEntries(Object.entries(asObj(v) ?? {}).map(([p, sub]) => [p, structural(asObj(sub) ?? {})]));
    } else if (k === 'items' || k === 'not' || (k === 'additionalProperties' && asObj(v))) {
      out[k] = structural(asObj(v) ?? {});
    } else if (k === 'allOf' || k === 'anyOf' || k === 'oneOf') {
      out[k] = (Array.isArray(v) ? v : []).map((sub) => structural(asObj(sub) ?? {}));
    } else if (k !== 'nullable' && k !== 'description' && k !== 'default' && k !== 'example') out[k] = v;
  }
  if (s['x-kubernetes-int-or-string'] === true) {
    delete out.type;
    out.anyOf ??= [{ type: 'integer' }, { type: 'string' }];
  }
  if (s.nullable === true && typeof out.type === 'string') out.type = [out.type, 'null'];
  if (s['x-kubernetes-embedded-resource'] === true && asObj(out.properties))
    out.properties = { apiVersion: { type: 'string' }, kind: { type: 'string' }, metadata: { type: 'object' }, ...asObj(out.properties) };
  const declares = asObj(out.properties) !== undefined;
  if (declares && out.additionalProperties === undefined && s['x-kubernetes-preserve-unknown-fields'] !== true)
    out.additionalProperties = false;
  return out;
}

// The config schema's errors in the user's words, one per line (config.ts's loader says them all at once):
// a key the schema does not know is an unknown key; a value the schema refuses is said with what the
// schema requires there (its description, its allowed values), never as an unknown key. Where the schema
// offers alternatives (`oneOf`: approval by teams or by a GitHub Environment), the one the file's keys
// chose is the one judged: `approval: { teams: [sre] }` breaks the teams form's pattern, not the other's keys.

import type { ErrorObject } from 'ajv';
import { isMap, isPair, isScalar, type Node } from 'yaml';
import { UserError } from '../errors.ts';
import { nearest } from '../text/suggest.ts';
import { nodeAt, type ParsedYaml } from '../yaml/read.ts';
import { configSchema, ENVIRONMENT_ONE_OF } from './raw.generated.ts';

/** Where users read about the config: a path in this project's repository (the schema ships inside the package, not in theirs). */
export const CONFIG_DOCS = 'docs/configuration.md';

/** The YAML path of a schema error (`/environments/0/min-soak` → ['environments', 0, 'min-soak']). */
export function pathOf(err: ErrorObject): (string | number)[] {
  return err.instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/**
 * The schema's errors as the user's, one per line: an unknown key before the other errors at its line
 * (ajv lists a oneOf's branches too), in the order of the file.
 */
export function schemaErrors(parsed: ParsedYaml, all: readonly ErrorObject[], raw: unknown): UserError[] {
  const errors = chosenBranches(all);
  const typos = errors.filter((e) => e.keyword === 'additionalProperties');
  // A mapping with an unknown key is said by that key alone: what it then lacks (`value:` for `values:`) is the typo's echo.
  const typoAt = new Set(typos.map((e) => e.instancePath));
  const ordered = [...typos, ...errors.filter((e) => e.keyword !== 'additionalProperties' && !typoAt.has(e.instancePath))];
  const byLine = new Map<number, UserError>();
  for (const err of ordered) {
    const u = schemaError(parsed, err, raw);
    if (!byLine.has(u.line ?? 0)) byLine.set(u.line ?? 0, u);
  }
  return [...byLine.values()].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/** The branch of the alternative `alt` (a `oneOf`/`anyOf` error) that `err` comes from, if any: `…/oneOf/1/…` → '1'. */
function branchOf(err: ErrorObject, alt: ErrorObject): string | undefined {
  const inside = err.instancePath === alt.instancePath || err.instancePath.startsWith(`${alt.instancePath}/`);
  if (!inside || !err.schemaPath.startsWith(`${alt.schemaPath}/`)) return undefined;
  return err.schemaPath.slice(alt.schemaPath.length + 1).split('/')[0];
}

/**
 * The errors of the alternatives the file chose: where a value breaks every branch of a `oneOf` (approval by
 * `teams` or by `github-environment`), the branch whose keys the value has (no unknown key, no missing one,
 * no wrong type there) is the one meant, and only its errors are said; the others' ("unknown key teams" of
 * the GitHub Environment form) and the `oneOf`'s own are dropped. Where no branch is closer than another,
 * all stand.
 */
export function chosenBranches(errors: readonly ErrorObject[]): ErrorObject[] {
  const dropped = new Set<ErrorObject>();
  for (const alt of errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf')) {
    const branches = new Map<string, ErrorObject[]>();
    for (const err of errors) {
      const b = err === alt ? undefined : branchOf(err, alt);
      if (b !== undefined) branches.set(b, [...(branches.get(b) ?? []), err]);
    }
    const shape = (list: readonly ErrorObject[]) =>
      list.filter((e) => e.instancePath === alt.instancePath && ['additionalProperties', 'required', 'type'].includes(e.keyword)).length;
    const scored = [...branches].map(([b, list]) => ({ b, list, n: shape(list) }));
    const best = Math.min(...scored.map((x) => x.n));
    const fits = scored.filter((x) => x.n === best);
    if (scored.length < 2 || fits.length !== 1) continue;
    dropped.add(alt);
    for (const x of scored) if (x !== fits[0]) x.list.forEach((e) => dropped.add(e));
  }
  return errors.filter((e) => !dropped.has(e));
}

/** The description the schema gives the value an error is about: its own node's, else the nearest enclosing one's. */
function describedAt(schemaPath: string): string | undefined {
  const parts = schemaPath.replace(/^#\//, '').split('/').slice(0, -1);
  let node: unknown = configSchema;
  const seen: unknown[] = [node];
  for (const p of parts) {
    node =
      node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[p.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
    seen.push(node);
  }
  for (const n of seen.reverse()) {
    const d = n !== null && typeof n === 'object' ? (n as { description?: unknown }).description : undefined;
    if (typeof d === 'string') return d.replace(/\.$/, '');
  }
  return undefined;
}

/** The value at `path` of the file's data. */
function valueAt(raw: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>(
    (v, k) => (v !== null && typeof v === 'object' ? (v as Record<string | number, unknown>)[k] : undefined),
    raw,
  );
}

/** A value of a known key that the schema refuses (a pattern, a length, a type): said with what the schema requires there. */
function describedError(parsed: ParsedYaml, err: ErrorObject, raw: unknown): UserError | undefined {
  const described = err.keyword === 'required' ? undefined : describedAt(err.schemaPath);
  if (described === undefined) return undefined;
  const path = pathOf(err);
  const dotted = path.join('.');
  const value = JSON.stringify(valueAt(raw, path)) ?? 'empty';
  // A pattern's own text says nothing a person reads: its description is the rule.
  const rule = err.keyword === 'pattern' ? 'not as the schema requires:' : `which ${err.message ?? 'is invalid'}:`;
  return new UserError(`'${dotted || '(top level)'}' is ${value}, ${rule} ${described}`, {
    file: parsed.file,
    line: parsed.lineOf(nodeAt(parsed, path)) ?? 1,
    hint: `write it as the schema says (see ${CONFIG_DOCS})`,
  });
}

function schemaError(parsed: ParsedYaml, err: ErrorObject, raw: unknown): UserError {
  const path = pathOf(err);
  const where = nodeAt(parsed, path);
  const dotted = path.join('.');
  const docs = `${CONFIG_DOCS} lists every key`;
  if (err.keyword === 'additionalProperties') {
    const key = (err.params as { additionalProperty: string }).additionalProperty;
    let line = parsed.lineOf(where);
    if (isMap(where)) {
      const pair = where.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key);
      line = parsed.lineOf(pair?.key as Node) ?? line;
    }
    const guess = nearest(key, Object.keys(schemaAt(path)?.properties ?? {}));
    return new UserError(`unknown key '${dotted ? `${dotted}.` : ''}${key}'`, {
      file: parsed.file,
      line,
      hint: guess ? `did you mean ${guess}? (${docs})` : `remove it or fix its spelling (${docs})`,
    });
  }
  if (err.keyword === 'enum') {
    const allowed = (err.params as { allowedValues: unknown[] }).allowedValues.map(String);
    const value = path.reduce<unknown>(
      (v, k) => (v !== null && typeof v === 'object' ? (v as Record<string | number, unknown>)[k] : undefined),
      raw,
    );
    const guess = typeof value === 'string' ? nearest(value, allowed) : undefined;
    return new UserError(`'${dotted}' is ${JSON.stringify(value)}, not one of ${allowed.join(', ')}`, {
      file: parsed.file,
      line: parsed.lineOf(where) ?? 1,
      hint: guess ? `did you mean ${guess}? (see ${CONFIG_DOCS})` : `use one of ${allowed.join(', ')} (see ${CONFIG_DOCS})`,
    });
  }
  // An environment's url: said in words, under the environment's name rather than its index.
  if (err.keyword === 'pattern' && path.length === 3 && path[0] === 'environments' && path[2] === 'url') {
    const env = (raw as { environments?: { name?: unknown }[] }).environments?.[path[1] as number];
    const value = (env as Record<string, unknown> | undefined)?.url;
    const name = typeof env?.name === 'string' ? env.name : String(path[1]);
    return new UserError(`environment ${name}: url ${JSON.stringify(value)} is not an http:// or https:// address`, {
      file: parsed.file,
      line: parsed.lineOf(where) ?? 1,
      hint: 'write the address the environment is reached at, e.g. https://staging.example.com, without spaces',
    });
  }
  // An environment with neither pin location: said in words, at the environment's line.
  if ((err.keyword === 'required' || err.keyword === 'anyOf') && path.length === 2 && path[0] === 'environments') {
    const env = (raw as { environments?: { name?: unknown }[] }).environments?.[path[1] as number];
    const missing = (err.params as { missingProperty?: string }).missingProperty;
    const keys: readonly string[] = ENVIRONMENT_ONE_OF.pins;
    if (missing === undefined || keys.includes(missing))
      return new UserError(
        `environment ${typeof env?.name === 'string' ? env.name : String(path[1])} names none of ${keys
          .map((k) => `${k}:`)
          .join(', ')
          .replace(/, ([^,]*)$/, ' or $1')}`,
        {
          file: parsed.file,
          line: parsed.lineOf(where) ?? 1,
          hint: 'give its values file (values: charts/myapp/values-prod.yaml), its Kustomize overlay (kustomization: deploy/overlays/prod), or its Flux HelmRelease (helmrelease: apps/prod/release.yaml) or Flux Kustomization (flux-kustomization: clusters/prod/apps.yaml)',
        },
      );
  }
  const described = describedError(parsed, err, raw);
  if (described) return described;
  const detail =
    err.keyword === 'required'
      ? `needs key '${(err.params as { missingProperty: string }).missingProperty}'`
      : (err.message ?? 'is invalid');
  return new UserError(`'${dotted || '(top level)'}' ${detail}`, {
    file: parsed.file,
    line: parsed.lineOf(where) ?? 1,
    hint: `see ${CONFIG_DOCS}`,
  });
}

interface SchemaNode {
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  additionalProperties?: SchemaNode | boolean;
}

/** The part of the config schema that describes the value at `path` (for the keys valid there). */
function schemaAt(path: readonly (string | number)[]): SchemaNode | undefined {
  let node: SchemaNode | undefined = configSchema as unknown as SchemaNode;
  for (const k of path) {
    if (!node) return undefined;
    if (typeof k === 'number') node = node.items;
    else node = node.properties?.[k] ?? (typeof node.additionalProperties === 'object' ? node.additionalProperties : undefined);
  }
  return node;
}

/**
 * A copy of `raw` without the keys the schema refused: each error's key of its place (the top of the file,
 * an environment, a service) is left out whole (`environments.2.approval` for a bad team in it); a list's
 * items are never removed, so that each path keeps its line.
 */
export function withoutRefused(raw: Record<string, unknown>, errors: readonly ErrorObject[]): Record<string, unknown> {
  const copy = structuredClone(raw);
  for (const err of errors) {
    const path = pathOf(err);
    if (err.keyword === 'additionalProperties') path.push((err.params as { additionalProperty: string }).additionalProperty);
    // An environment or a service as a whole (a missing name) stays: removing it would move the others' lines.
    const scoped = path[0] === 'environments' || path[0] === 'services';
    if (scoped && path.length < 3) continue;
    const place: unknown = scoped ? (copy[path[0]] as Record<string | number, unknown> | undefined)?.[path[1]] : copy;
    const key = scoped ? path[2] : path[0];
    if (place !== null && typeof place === 'object' && !Array.isArray(place) && key !== undefined)
      delete (place as Record<string, unknown>)[String(key)];
  }
  return copy;
}

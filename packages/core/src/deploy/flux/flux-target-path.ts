// A HelmRelease's spec.valuesFrom entry with `targetPath`: helm-controller
// reads the ConfigMap's data.<valuesKey> as one flat value and sets it at that
// path of the values merged so far, in the list's order, typed as Helm's
// `--set` types a value (`true`/`false` a bool, `null` nothing, a whole
// number without a leading zero an integer, anything else a string; a value
// quoted at both ends a string, its quotes trimmed; a generator literal's
// outer quotes are kustomize's and gone before). So the
// render gets it in its place: a values document holding that one path,
// merged after the entries before it and before those after it and
// spec.values, as Helm merges values files. A path lockstep does not write
// so (a list index, `[0]`) is said as not read, never guessed.

import { isMap, isScalar, isSeq } from 'yaml';
import type { ParseCache } from '../../text/parse-cache.ts';
import { mapValue, scalarText } from '../../yaml/read.ts';
import { dirOf, docsOf, findConfigMap, joinPath, kindOf, nameOf, type Read } from './flux-values.ts';
import { generatorLiteral } from './generator-literal.ts';

/** The one value a targetPath entry sets, where it was read. */
export interface TargetValue {
  value: string;
  file: string;
  label: string;
}

/**
 * The value as helm-controller sets it at a targetPath: a value quoted at both ends (`"x"`, `'x'`) a string, its
 * quotes trimmed (strvals.ParseIntoString); any other typed as Helm's `--set` types it (strvals' typedVal).
 */
function typed(value: string): unknown {
  const quoted = ['"', "'"].some((q) => value.startsWith(q) && value.endsWith(q));
  if (quoted) return value.replace(/^["']+|["']+$/g, '');
  if (value.toLowerCase() === 'true') return true;
  if (value.toLowerCase() === 'false') return false;
  if (value.toLowerCase() === 'null') return null;
  if (value === '0') return 0;
  if (/^-?[1-9][0-9]*$/.test(value) && Number.isSafeInteger(Number(value))) return Number(value);
  return value;
}

/** The path's keys (`a.b`, `a\.b` a key with a dot); undefined for what lockstep does not set (a list index, an empty key). */
function pathKeys(targetPath: string): string[] | undefined {
  if (/[[\]]/.test(targetPath)) return undefined;
  const keys: string[] = [];
  let key = '';
  for (let i = 0; i < targetPath.length; i++) {
    const c = targetPath[i];
    if (c === '\\' && targetPath[i + 1] === '.') {
      key += '.';
      i++;
    } else if (c === '.') {
      keys.push(key);
      key = '';
    } else key += c;
  }
  keys.push(key);
  return keys.every((k) => k !== '') ? keys : undefined;
}

/** The values document `{ a: { b: <typed value> } }` a targetPath entry merges in its place; undefined when its path is not read. */
export function targetPathDocument(targetPath: string, value: string): string | undefined {
  const keys = pathKeys(targetPath);
  if (!keys) return undefined;
  let doc: unknown = typed(value);
  for (const k of [...keys].reverse()) doc = { [k]: doc };
  return JSON.stringify(doc);
}

/**
 * The data.<valuesKey> value of ConfigMap `name` for the HelmRelease in `file`: a manifest in the same file, else
 * as kustomize makes it under the file's folder (a manifest, or a configMapGenerator's literal or file).
 */
export async function targetPathValue(
  file: string,
  name: string,
  valuesKey: string,
  read: Read,
  cache?: ParseCache,
): Promise<TargetValue | undefined> {
  const label = `ConfigMap ${name} (${valuesKey})`;
  const manifest = async (path: string): Promise<TargetValue | undefined> => {
    const text = await read(path);
    if (text === undefined) return undefined;
    const doc = docsOf(text, path, cache).docs.find((d) => kindOf(d) === 'ConfigMap' && nameOf(d) === name);
    const value = doc ? mapValue(mapValue(doc.contents, 'data'), valuesKey) : undefined;
    return isScalar(value) && value.value !== null ? { value: String(value.value), file: path, label } : undefined;
  };
  const generator = async (kfile: string, ktext: string): Promise<TargetValue | undefined> => {
    const gens = mapValue(docsOf(ktext, kfile, cache).docs[0].contents, 'configMapGenerator');
    const entry = isSeq(gens) ? gens.items.find((g) => isMap(g) && scalarText(mapValue(g, 'name')) === name) : undefined;
    const literals = mapValue(entry, 'literals');
    for (const l of isSeq(literals) ? literals.items : []) {
      const literal = generatorLiteral(scalarText(l) ?? '');
      if (literal?.key === valuesKey) return { value: literal.value, file: kfile, label };
    }
    const files = mapValue(entry, 'files');
    for (const f of isSeq(files) ? files.items : []) {
      const spec = scalarText(f) ?? '';
      const eq = spec.indexOf('=');
      const path = eq < 0 ? spec : spec.slice(eq + 1);
      if ((eq < 0 ? path.slice(path.lastIndexOf('/') + 1) : spec.slice(0, eq)) !== valuesKey) continue;
      const at = joinPath(dirOf(kfile), path);
      const text = await read(at);
      if (text !== undefined) return { value: text, file: at, label };
    }
    return undefined;
  };
  return (await manifest(file)) ?? findConfigMap(dirOf(file), { generator, manifest }, read, new Set(), cache);
}

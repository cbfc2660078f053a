import { isDeepStrictEqual } from 'node:util';
import { parseDocument } from 'yaml';
import { UserError } from '../errors.ts';
import { formatPath, type KeyPath } from './yaml-edit.ts';

/** A value an edit means to set: a path and the string it must read back as. */
export interface IntendedValue {
  path: KeyPath;
  value: string;
}

function readAs(text: string, version: '1.1' | '1.2'): unknown {
  const doc = parseDocument(text.replace(/^\ufeff/, ''), { version, uniqueKeys: false, merge: version === '1.1' });
  return doc.toJS({ maxAliasCount: -1 });
}

function setIn(target: unknown, path: KeyPath, value: string): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (typeof head === 'number') {
    const arr = Array.isArray(target) ? [...target] : [];
    arr[head] = setIn(arr[head], rest, value);
    return arr;
  }
  const obj = target !== null && typeof target === 'object' && !Array.isArray(target) ? { ...(target as Record<string, unknown>) } : {};
  obj[head] = setIn(obj[head], rest, value);
  return obj;
}

/**
 * Re-reads an edited YAML file and proves the edit did only what it meant:
 * the data before, with the intended values put in, must equal the data
 * after — under YAML 1.2 and under Helm's YAML 1.1 reading. Throws an
 * internal error (a bug in an editor, not a user mistake) otherwise.
 */
export function checkYamlEdit(file: string, before: string, after: string, intended: readonly IntendedValue[]): void {
  for (const version of ['1.2', '1.1'] as const) {
    let expected = readAs(before, version);
    for (const i of intended) expected = setIn(expected, i.path, i.value);
    const actual = readAs(after, version);
    if (!isDeepStrictEqual(expected, actual)) {
      const paths = intended.map((i) => formatPath(i.path)).join(', ');
      throw new Error(`${file}: the edit changed more than ${paths || 'nothing'} (YAML ${version} reading differs); nothing was written`);
    }
  }
}

/** Refuses text that is not one valid YAML document (used for files created from scratch). */
export function checkYamlParses(file: string, text: string): void {
  const doc = parseDocument(text.replace(/^\ufeff/, ''));
  if (doc.errors.length > 0) throw new UserError(`the edit would leave invalid YAML: ${doc.errors[0].message.split('\n')[0]}`, { file });
}

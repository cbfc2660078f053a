// An Argo CD Application's helm.parameters as values sources (issue 74): the values contract and the schema judge
// them with the files and the inline values, at each parameter's line, set as Helm sets a `--set` (helm-set.ts).

import { isScalar, isSeq, type Document } from 'yaml';
import { lineAt } from '../../text/bytes.ts';
import { argoSetValue, helmSet } from '../../values/helm-set.ts';
import type { ValuesSource } from '../../values/values-origin.ts';
import { mapValue, scalarText } from '../../yaml/read.ts';

/**
 * helm.parameters as the values Helm receives from Argo CD: each a `--set` (`--set-string` with forceString) after
 * every values file, the `--set`s before the `--set-string`s as Helm applies them, each said at its name's line. A
 * name Helm would not parse is left to the render's error.
 */
export function parameterSources(doc: Document | undefined, text: string, file: string, at: (string | number)[]): ValuesSource[] {
  const list = doc?.getIn(at, true);
  if (!isSeq(list)) return [];
  const sets: ValuesSource[] = [];
  const strings: ValuesSource[] = [];
  for (const item of list.items) {
    const nameNode = mapValue(item, 'name');
    const name = scalarText(nameNode);
    const valueNode = mapValue(item, 'value');
    const force = mapValue(item, 'forceString');
    const asString = isScalar(force) && force.value === true;
    const set = name ? helmSet(name, argoSetValue(scalarText(valueNode) ?? ''), asString) : undefined;
    if (!set) continue;
    const line = nameNode?.range ? lineAt(text, nameNode.range[0]) : 1;
    (asString ? strings : sets).push({ file, text: '', set, line, label: 'helm.parameters' });
  }
  return [...sets, ...strings];
}

// values-drift with the values contract's reading of templates (issue 74, item 4): besides the keys
// the promoted chart version no longer has in its values.yaml, schema or templates (chart-drift.ts),
// a key the environment sets that the current version's templates read and the promoted version's
// templates no longer read is dropped too — the renamed key whose old default was left in values.yaml.
// Where a version's templates cannot be read (one does not parse), only chart-drift.ts decides.

import type { Node } from 'yaml';
import { UserError } from '../errors.ts';
import { stripBom } from '../text/bytes.ts';
import { parseWith, type ParseCache } from '../text/parse-cache.ts';
import { YAML_DOCUMENT, YAML_DOCUMENTS } from '../yaml/read.ts';
import { compareValues, type ChartValuesFiles, type DroppedKey, type UncomparedKey } from './chart-drift.ts';
import { contractIndex, valuesTemplates, type ContractIndex } from './contract-index.ts';
import { collectLeaves, readingOf } from './contract.ts';

/** compareValues (same arguments), with the keys the promoted version's templates stop reading added as dropped. */
export function compareDrift(
  envText: string,
  envFile: string,
  charts: { current: ChartValuesFiles; promoted: ChartValuesFiles },
  document?: (root: Node | null) => Node | null | undefined,
  cache?: ParseCache,
): { findings: DroppedKey[]; notCompared: UncomparedKey[] } {
  const found = compareValues(envText, envFile, charts, document, cache);
  const [was, now] = [indexOf(charts.current, envText), indexOf(charts.promoted, envText)];
  if (!was || !now) return found;
  const parsed = parseWith(cache, document === undefined ? YAML_DOCUMENT : YAML_DOCUMENTS, stripBom(envText), envFile);
  const root = document ? document(parsed.doc.contents) : (parsed.doc.contents as Node | null);
  // A key already listed, or below one listed (a map dropped whole), is said once.
  const said = [...found.findings, ...found.notCompared].map((f) => f.key);
  const listed = (key: string) => said.some((k) => key === k || key.startsWith(`${k}.`));
  const label = (c: ChartValuesFiles) => `chart ${c.name} ${c.version}`;
  const added: DroppedKey[] = [];
  collectLeaves(
    root ?? null,
    [],
    (path, line) => {
      const key = path.join('.');
      if (listed(key) || readingOf(was, path) !== 2 || readingOf(now, path) !== 0) return;
      added.push({
        file: envFile,
        line: line ?? 1,
        key,
        message: `key ${key} is set here and ${label(charts.current)} reads it, but ${label(charts.promoted)} no longer does (read by none of its templates)`,
      });
    },
    parsed.lineOf,
  );
  return { findings: [...found.findings, ...added.sort((a, b) => a.line - b.line)], notCompared: found.notCompared };
}

/** The chart's template reading, or undefined when a template (or the environment's values) cannot be read. */
function indexOf(chart: ChartValuesFiles, envText: string): ContractIndex | undefined {
  try {
    return contractIndex(chart, valuesTemplates(envText));
  } catch (e) {
    if (e instanceof UserError) return undefined;
    throw e;
  }
}

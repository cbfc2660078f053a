import { isMap, isSeq, type Node } from 'yaml';
import { UserError } from '../errors.ts';
import { parseYaml, stringField } from '../yaml/read.ts';
import { stripBom } from '../text/bytes.ts';

/** One entry of Chart.lock `dependencies`. */
export interface LockEntry {
  name: string;
  version?: string;
  repository?: string;
  line?: number;
}

/** Chart.lock's entries and the line its `dependencies` list starts on (1 when it has none). */
export interface ChartLock {
  entries: LockEntry[];
  line: number;
}

/** Parses Chart.lock; invalid YAML or a non-list `dependencies` is a UserError at file:line. */
export function parseChartLock(text: string, file: string): LockEntry[] {
  return readChartLock(text, file).entries;
}

/** Like parseChartLock, with the line of `dependencies:` for problems about entries that are missing. */
export function readChartLock(text: string, file: string): ChartLock {
  const parsed = parseYaml(stripBom(text), file);
  const root = parsed.doc.contents;
  if (root === null) return { entries: [], line: 1 };
  if (!isMap(root))
    throw new UserError('Chart.lock is not a mapping of keys', { file, line: 1, hint: 'regenerate it with `helm dependency update`' });
  const pair = root.items.find((p) => String((p.key as { value?: unknown } | null)?.value) === 'dependencies');
  const line = parsed.lineOf(pair?.key) ?? 1;
  const deps = root.get('dependencies', true) as Node | undefined;
  if (deps === undefined || deps === null) return { entries: [], line };
  if (!isSeq(deps))
    throw new UserError('dependencies is not a list', {
      file,
      line: parsed.lineOf(deps),
      hint: 'regenerate it with `helm dependency update`',
    });
  const entries = deps.items.map((item, i) => ({
    name: stringField(parsed, ['dependencies', i, 'name'], `dependencies[${i}].name`)?.value ?? '',
    version: stringField(parsed, ['dependencies', i, 'version'], `dependencies[${i}].version`)?.value,
    repository: stringField(parsed, ['dependencies', i, 'repository'], `dependencies[${i}].repository`)?.value,
    line: parsed.lineOf(item as Node),
  }));
  return { entries, line };
}

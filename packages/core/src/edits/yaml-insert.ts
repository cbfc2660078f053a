// A new block added to a YAML file, with every mapping on its way that the
// file lacks: `services:` → `api:` → `image:` → `tag:` / `digest:`, written
// under the deepest mapping the file has, in that mapping's indentation and
// the file's indent unit, after its last pair. The bytes around it stay as
// they are. What a promotion writes into an environment's own values file when
// the pin comes from a file it shares (the chart's values.yaml).

import { UserError } from '../errors.ts';
import type { ParseCache } from '../text/parse-cache.ts';
import {
  formatPath,
  frame,
  indentUnit,
  insertPair,
  locate,
  parseForEdit,
  parseShared,
  renderScalar,
  yamlKey,
  type KeyPath,
} from './yaml-edit.ts';

/** What goes at the end of the path: one scalar, or a mapping of scalars (key → value, in order). */
export type InsertedValue = string | readonly (readonly [string, string])[];

/**
 * `text` with `value` at `path` (string keys only), and every mapping on the way the file lacks added under the
 * deepest one it has. Refused (UserError at the line) when the path exists, leads through a value that is not a
 * mapping, or through a flow mapping. With `document`, the path is in that document of a multi-document file (a
 * HelmRelease's spec.values beside its source's document).
 */
export function insertAt(text: string, file: string, path: KeyPath, value: InsertedValue, cache?: ParseCache, document?: number): string {
  if (path.some((k) => typeof k !== 'string')) throw new Error(`insertAt takes mapping keys only, not ${formatPath(path)}`);
  const { bom, body, eol } = frame(text);
  const parsed = document === undefined ? parseShared(body, file, cache) : parseForEdit(body, file, document, cache);
  const unit = parsed.empty || parsed.doc.contents === null ? 2 : indentUnit(parsed);
  const lines = (missing: readonly string[], first?: Parameters<typeof yamlKey>[1]) => {
    const out = missing.map((k, i) => `${' '.repeat(unit * i)}${yamlKey(k, i === 0 ? first : undefined)}:`);
    const pad = ' '.repeat(unit * missing.length);
    if (typeof value === 'string') out[out.length - 1] += ` ${renderScalar(value, undefined)}`;
    else for (const [k, v] of value) out.push(`${pad}${yamlKey(k)}: ${renderScalar(v, undefined)}`);
    return out;
  };
  // A file with no document yet (empty, or comments only): the block is its first content.
  if (parsed.empty || parsed.doc.contents === null) {
    const sep = body === '' || body.endsWith('\n') ? '' : eol;
    return bom + body + sep + lines(path as string[]).join(eol) + eol;
  }
  const at = locate(parsed, path, formatPath(path));
  if (at.found)
    throw new UserError(`${formatPath(path)} is already there`, {
      file,
      line: parsed.lineOf(at.node) ?? 1,
      hint: 'edit it in place',
    });
  return bom + insertPair(parsed, eol, at.parent, lines(at.missing, at.parent));
}

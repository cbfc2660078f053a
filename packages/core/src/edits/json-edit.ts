import { isDeepStrictEqual } from 'node:util';
import * as jsonc from 'jsonc-parser';
import type { Node as JsonNode } from 'jsonc-parser';
import { UserError } from '../errors.ts';
import { frame, lineAt, parseJsonWith } from '../text/bytes.ts';
import { setConstraintVersion } from '../toml/pins.ts';
import type { PinChange } from '../toml/edit.ts';

interface JsonSplice {
  node: JsonNode;
  path: string[];
  value: string;
}

function parse(text: string, file: string): { body: string; tree: JsonNode; data: Record<string, unknown> } {
  const { body } = frame(text);
  const data = parseJsonWith(jsonc, body, file, 'fix the JSON syntax') as Record<string, unknown>;
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    throw new UserError('package.json must hold an object', { file, line: 1, hint: 'fix the file' });
  return { body, tree: jsonc.parseTree(body)!, data };
}

/** Replaces each string node's bytes with the JSON form of its new value and proves nothing else changed. */
function apply(text: string, file: string, body: string, data: Record<string, unknown>, splices: JsonSplice[]): string {
  if (splices.length === 0) return text;
  const { bom } = frame(text);
  let out = body;
  for (const s of [...splices].sort((a, b) => b.node.offset - a.node.offset))
    out = out.slice(0, s.node.offset) + JSON.stringify(s.value) + out.slice(s.node.offset + s.node.length);
  const expected = JSON.parse(JSON.stringify(data)) as Record<string, unknown>;
  for (const s of splices) {
    let cur = expected;
    for (const k of s.path.slice(0, -1)) cur = cur[k] as Record<string, unknown>;
    cur[s.path[s.path.length - 1]] = s.value;
  }
  if (!isDeepStrictEqual(expected, JSON.parse(out)))
    throw new Error(`${file}: the JSON edit changed more than ${splices.map((s) => s.path.join('.')).join(', ')}; nothing was written`);
  return bom + out;
}

/** Sets package.json `version` with a minimal diff; a file without one is a UserError. */
export function setPackageJsonVersion(text: string, file: string, version: string): string {
  const { body, tree, data } = parse(text, file);
  const node = jsonc.findNodeAtLocation(tree, ['version']);
  if (!node)
    throw new UserError('package.json has no "version" to set', {
      file,
      line: 1,
      hint: 'add "version": "0.0.0", or remove the file from packages',
    });
  if (node.type !== 'string')
    throw new UserError('"version" is not a string', { file, line: lineAt(body, node.offset), hint: 'write it as "1.2.3"' });
  if (node.value === version) return text;
  return apply(text, file, body, data, [{ node, path: ['version'], value: version }]);
}

const SECTIONS = ['dependencies', 'devDependencies'];
// Specifiers that do not name a registry version: leave them alone.
const NOT_A_VERSION = /^(workspace:|file:|link:|portal:|patch:|npm:|git(\+[a-z]+)?:|github:|https?:|\.\.?\/|~\/|\/|[\w-]+\/[\w.-]+$)/;

/**
 * Sets `names` in package.json dependencies and devDependencies to
 * `version`, keeping a range operator (`^1.4.2` → `^1.5.0`); `workspace:`,
 * path, git and url specifiers are left alone.
 */
export function setPackageJsonPins(
  text: string,
  file: string,
  names: readonly string[],
  version: string,
): { text: string; changes: PinChange[] } {
  const { body, tree, data } = parse(text, file);
  const splices: JsonSplice[] = [];
  const changes: PinChange[] = [];
  for (const section of SECTIONS) {
    for (const name of names) {
      const node = jsonc.findNodeAtLocation(tree, [section, name]);
      if (!node || node.type !== 'string') continue;
      const spec = String(node.value);
      if (NOT_A_VERSION.test(spec)) continue;
      const set = setConstraintVersion(spec, version);
      if (set === undefined)
        throw new UserError(`${section}.${name} is "${spec}", not a single version range to pin`, {
          file,
          line: lineAt(body, node.offset),
          hint: `write it as "${version}" or "^${version}"`,
        });
      changes.push({ name, from: spec, to: set });
      if (set !== spec) splices.push({ node, path: [section, name], value: set });
    }
  }
  return { text: apply(text, file, body, data, splices), changes };
}

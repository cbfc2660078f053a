import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isPair, isScalar, LineCounter, parseDocument, Scalar, type Node, type Pair, type YAMLMap } from 'yaml';
import { repoRoot } from './run-action.ts';

/** One declared input of an action. */
export interface InputDecl {
  name: string;
  description?: string;
  required: boolean;
  default?: string;
}

/** What the tests need from an action.yml. */
export interface ActionYml {
  name: string;
  inputs: Map<string, InputDecl>;
  outputs: string[];
}

/** Action folders under actions/ that hold an action.yml (stubs without one are skipped). */
export function actionsWithYml(root = repoRoot): string[] {
  const dir = join(root, 'actions');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'action.yml')))
    .map((d) => d.name)
    .sort();
}

/** Reads actions/<name>/action.yml, or undefined when the folder or file is missing. */
export function readActionYml(name: string, root = repoRoot): ActionYml | undefined {
  const file = join(root, 'actions', name, 'action.yml');
  if (!existsSync(file)) return undefined;
  const doc = parseDocument(readFileSync(file, 'utf8'));
  const js = (doc.toJS() ?? {}) as {
    inputs?: Record<string, { description?: string; required?: unknown; default?: unknown } | null>;
    outputs?: Record<string, unknown>;
  };
  const inputs = new Map<string, InputDecl>();
  for (const [k, v] of Object.entries(js.inputs ?? {})) {
    inputs.set(k, {
      name: k,
      description: v?.description,
      required: v?.required === true,
      default: v?.default === undefined || v?.default === null ? undefined : String(v.default),
    });
  }
  return { name, inputs, outputs: Object.keys(js.outputs ?? {}) };
}

const KEBAB = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const INPUT_KEYS = new Set(['description', 'required', 'default', 'deprecationMessage']);

/**
 * The house rules for an action.yml (see /work/shared/SPEC.md and STYLE.md),
 * as `file:line: problem` strings; empty when the file keeps them all.
 */
export function houseRuleProblems(text: string, file: string): string[] {
  const problems: string[] = [];
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, uniqueKeys: true });
  const at = (node: Node | null | undefined) => (node?.range ? `${file}:${lc.linePos(node.range[0]).line}` : file);
  for (const e of doc.errors) problems.push(`${file}:${e.linePos?.[0]?.line ?? '?'}: ${e.message.split('\n')[0]}`);
  if (problems.length) return problems;
  const rootMap = doc.contents;
  if (!isMap(rootMap)) return [`${file}: not a mapping`];
  const get = (map: YAMLMap, key: string): Pair | undefined => map.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key);
  const str = (node: unknown): string | undefined => (isScalar(node) && typeof node.value === 'string' ? node.value : undefined);

  for (const key of ['name', 'description']) {
    const p = get(rootMap, key);
    if (!str(p?.value)?.trim()) problems.push(`${at((p?.key as Node) ?? rootMap)}: top-level ${key} must be a non-empty string`);
  }

  const runs = get(rootMap, 'runs');
  if (!isMap(runs?.value)) problems.push(`${file}: runs must be a mapping with using: node24 and main: dist/index.js`);
  else {
    const using = get(runs.value, 'using');
    if (str(using?.value) !== 'node24') problems.push(`${at((using?.value as Node) ?? runs.value)}: runs.using must be node24`);
    const main = get(runs.value, 'main');
    if (str(main?.value) !== 'dist/index.js') problems.push(`${at((main?.value as Node) ?? runs.value)}: runs.main must be dist/index.js`);
  }

  const oneLineDescription = (kind: string, name: string, spec: YAMLMap) => {
    const d = get(spec, 'description');
    const v = str(d?.value);
    if (v === undefined || v.trim() === '')
      problems.push(`${at((d?.key as Node) ?? spec)}: ${kind} '${name}' needs a non-empty description`);
    else if (v.trim().includes('\n')) problems.push(`${at(d!.value as Node)}: ${kind} '${name}' description must be one line`);
  };

  const inputsPair = get(rootMap, 'inputs');
  const inputs = isMap(inputsPair?.value) ? inputsPair.value : undefined;
  if (inputsPair && !inputs) problems.push(`${at(inputsPair.key as Node)}: inputs must be a mapping`);
  const inputNames = new Set<string>();
  for (const item of inputs?.items ?? []) {
    const name = String(isScalar(item.key) ? item.key.value : item.key);
    inputNames.add(name);
    if (!KEBAB.test(name)) problems.push(`${at(item.key as Node)}: input '${name}' must be kebab-case`);
    if (!isMap(item.value)) {
      problems.push(`${at(item.key as Node)}: input '${name}' must be a mapping with a description`);
      continue;
    }
    const spec = item.value;
    oneLineDescription('input', name, spec);
    for (const p of spec.items) {
      const k = isScalar(p.key) ? String(p.key.value) : '?';
      if (!INPUT_KEYS.has(k)) problems.push(`${at(p.key as Node)}: input '${name}' has unknown key '${k}'`);
    }
    const def = get(spec, 'default');
    if (def) {
      const node = def.value;
      if (!isScalar(node) || (node.type !== Scalar.QUOTE_DOUBLE && node.type !== Scalar.QUOTE_SINGLE))
        problems.push(`${at((node as Node) ?? (def.key as Node))}: input '${name}' default must be a quoted string`);
    }
    const req = get(spec, 'required');
    if (req && !(isScalar(req.value) && typeof req.value.value === 'boolean'))
      problems.push(`${at(req.value as Node)}: input '${name}' required must be true or false`);
    const defValue = str(def?.value);
    if (name === 'dry-run' && defValue !== 'false')
      problems.push(`${at((def?.value as Node) ?? spec)}: input 'dry-run' must default to "false"`);
    if (name === 'config' && defValue !== '.github/lockstep.yml')
      problems.push(`${at((def?.value as Node) ?? spec)}: input 'config' must default to ".github/lockstep.yml"`);
    if (name === 'github-token' && defValue !== '${{ github.token }}')
      problems.push(`${at((def?.value as Node) ?? spec)}: input 'github-token' must default to "\${{ github.token }}"`);
    if ((name === 'dry-run' || name === 'config' || name === 'working-directory') && isScalar(req?.value) && req.value.value === true)
      problems.push(`${at(req.value)}: input '${name}' must not be required`);
  }
  for (const needed of ['working-directory', 'config'])
    if (!inputNames.has(needed)) problems.push(`${file}: every action takes a '${needed}' input`);

  const outputsPair = get(rootMap, 'outputs');
  const outputs = isMap(outputsPair?.value) ? outputsPair.value : undefined;
  if (outputsPair && !outputs) problems.push(`${at(outputsPair.key as Node)}: outputs must be a mapping`);
  for (const item of outputs?.items ?? []) {
    const name = String(isScalar(item.key) ? item.key.value : item.key);
    if (!KEBAB.test(name)) problems.push(`${at(item.key as Node)}: output '${name}' must be kebab-case`);
    if (!isMap(item.value)) {
      problems.push(`${at(item.key as Node)}: output '${name}' must be a mapping with a description`);
      continue;
    }
    oneLineDescription('output', name, item.value);
    if (get(item.value, 'value')) problems.push(`${at(item.key as Node)}: output '${name}': a JavaScript action's outputs take no value:`);
  }
  return problems;
}

// Where a HelmRelease's image pins live when it takes values from ConfigMaps.
// Flux merges `spec.valuesFrom` in the order listed, then `spec.values` over
// them; a pin is therefore read and written where the last source holding its
// values-key keeps it. A ConfigMap is followed into the repository when its
// data lives there: a kustomize `configMapGenerator` entry (the file named for
// its `valuesKey`, default values.yaml) or a ConfigMap manifest (a literal
// block under `data.<valuesKey>`), found in the HelmRelease's file, the
// kustomization beside it and the kustomizations it names as resources.
// A source lockstep cannot read (a Secret, a ConfigMap made elsewhere) is
// harmless before the pins' home: their values are merged over it. After it,
// it could set the pin Flux deploys, so it is refused at its line — unless
// its `targetPath` puts its one value outside every pin.

import { isScalar, isSeq, Scalar, type Document, type Node } from 'yaml';
import { UserError } from '../../errors.ts';
import { parseWith, type ParseCache } from '../../text/parse-cache.ts';
import { YAML_DOCUMENT, YAML_DOCUMENTS, mapValue, scalarText, type ParsedYaml } from '../../yaml/read.ts';
import { KUSTOMIZATION_NAMES } from '../../kustomize/overlay.ts';
import { parseValuesKey, readPin, setPins, type ImagePin, type PinTarget } from '../pins/pins.ts';

/** The file holding an environment's pins and how a pin is read and written there. */
export interface ValuesHome {
  file: string;
  text: string;
  /** The HelmRelease's document when the pins are its spec.values in a multi-document file. */
  document?: number;
  /** What the home is, for messages: `spec.values`, `ConfigMap podinfo-values (values.yaml)`. */
  label: string;
  /** True when the file is a values file of its own (a generator's file): the protected rules read all of it. */
  plain: boolean;
  /** The values document (the root the pins' keys start from) in the home's text as opened. */
  root(cache?: ParseCache): Node | null | undefined;
  read(text: string, key: string, cache?: ParseCache): ImagePin;
  write(text: string, pins: readonly { pin: ImagePin; target: PinTarget }[], cache?: ParseCache): string;
}

/** One entry of spec.valuesFrom, resolved as far as the repository allows. */
interface Source {
  kind: string;
  name: string;
  /** Its line in the HelmRelease's file. */
  line: number;
  valuesKey: string;
  targetPath?: string;
  home?: ValuesHome;
  /** The values document of a readable source (undefined for one with a targetPath). */
  root?: Node | null;
}

/** How a file of the repository is read. */
export type Read = (p: string) => Promise<string | undefined>;

export const dirOf = (p: string) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '.');
/** `rel` joined to `dir` as kustomize resolves a relative path. */
export const joinPath = (dir: string, rel: string) => {
  const parts = dir === '.' ? [] : dir.split('/');
  for (const seg of rel.split('/'))
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  return parts.join('/') || '.';
};
export const docsOf = (text: string, file: string, cache?: ParseCache) => {
  const parsed = parseWith(cache, YAML_DOCUMENTS, text.replace(/^\ufeff/, ''), file);
  return { parsed, docs: parsed.documents ?? [parsed.doc] };
};
export const kindOf = (doc: Document.Parsed) => scalarText(mapValue(doc.contents, 'kind'));
export const nameOf = (doc: Document.Parsed) => scalarText(mapValue(mapValue(doc.contents, 'metadata'), 'name'));

/** The node at a values key under `root`, or undefined. */
function holds(root: Node | null | undefined, key: string): boolean {
  let node: unknown = root;
  for (const k of parseValuesKey(key, 'values key')) {
    if (typeof k === 'number') node = isSeq(node) ? node.items[k] : undefined;
    else node = mapValue(node, k);
    if (node === undefined) return false;
  }
  return true;
}

/** True when a targetPath and a pin's values key touch: one is the other or lies inside it. */
const overlaps = (target: string, key: string) => target === key || target.startsWith(`${key}.`) || key.startsWith(`${target}.`);

/** A values file of its own (a configMapGenerator's file) as a home. */
function fileHome(file: string, text: string, label: string): ValuesHome {
  return {
    file,
    text,
    label,
    plain: true,
    root: (cache) => parseWith(cache, YAML_DOCUMENT, text.replace(/^\ufeff/, ''), file).doc.contents,
    read: (t, key, cache) => readPin(t, file, key, { cache }),
    write: (t, pins, cache) => setPins(t, pins, { cache }).text,
  };
}

/** The HelmRelease's own spec.values as the home (the pins at spec.values.<key>). */
export function releaseHome(file: string, text: string, document: number | undefined): ValuesHome {
  return {
    file,
    text,
    ...(document !== undefined ? { document } : {}),
    label: 'spec.values',
    plain: false,
    root: (cache) => mapValue(mapValue(docsOf(text, file, cache).docs[document ?? 0].contents, 'spec'), 'values'),
    read: (t, key, cache) => readPin(t, file, `spec.values.${key}`, { document, cache }),
    write: (t, pins, cache) => setPins(t, pins, { document, cache }).text,
  };
}

/** The literal block at data.<key> of a ConfigMap document, with what maps its lines to the file's. */
interface Block {
  inner: string;
  /** Offsets in the body of the block's first and past its last content line. */
  start: number;
  end: number;
  indent: string;
  /** The file's line of the block's first content line, less one. */
  offset: number;
}

function blockOf(text: string, file: string, document: number, dataKey: string, cache?: ParseCache): Block {
  const { parsed, docs } = docsOf(text, file, cache);
  const doc = docs[document];
  const node = mapValue(mapValue(doc.contents, 'data'), dataKey);
  const line = parsed.lineOf(node ?? mapValue(doc.contents, 'data') ?? doc.contents) ?? 1;
  if (!isScalar(node) || node.type !== Scalar.BLOCK_LITERAL)
    throw new UserError(
      `ConfigMap ${nameOf(doc) ?? ''}: data.${dataKey} is ${node === undefined ? 'missing' : 'not a literal block (|)'}, so its values cannot be edited in place`.replace(
        /\s+/g,
        ' ',
      ),
      { file, line, hint: `write the values as data.${dataKey}: | followed by the indented YAML` },
    );
  const body = parsed.text;
  const start = body.indexOf('\n', node.range![0]) + 1;
  const end = Math.max(start, node.range![1]);
  const lines = body.slice(start, end).replace(/\n+$/, '').split('\n');
  const indent = /^[ ]*/.exec(lines.find((l) => l.trim() !== '') ?? '')![0];
  const inner = lines.map((l) => (l.trim() === '' ? '' : l.slice(indent.length))).join('\n') + '\n';
  return { inner, start, end: start + lines.join('\n').length, indent, offset: parsed.lineAt(start) - 1 };
}

/** A UserError about the block's YAML, moved to the file's lines. */
function shifted(e: unknown, block: Block): unknown {
  if (!(e instanceof UserError) || e.line === undefined) return e;
  return new UserError(e.detailWords, { file: e.file, line: e.line + block.offset, ...(e.hintWords ? { hint: e.hintWords } : {}) });
}

/** A ConfigMap manifest's data.<key> as the home: pins read in its block and written there line by line. */
function configMapHome(file: string, text: string, document: number, dataKey: string, label: string): ValuesHome {
  return {
    file,
    text,
    label,
    plain: false,
    root: (cache) =>
      parseWith(cache, YAML_DOCUMENT, blockOf(text, file, document, dataKey, cache).inner, `${file}#${dataKey}`).doc.contents,
    read(t, key, cache) {
      const block = blockOf(t, file, document, dataKey, cache);
      try {
        const pin = readPin(block.inner, file, key, { cache });
        return { ...pin, line: pin.line + block.offset };
      } catch (e) {
        throw shifted(e, block);
      }
    },
    write(t, pins, cache) {
      const block = blockOf(t, file, document, dataKey, cache);
      let after: string;
      try {
        after = setPins(block.inner, pins, { cache }).text;
      } catch (e) {
        throw shifted(e, block);
      }
      const was = block.inner.replace(/\n$/, '').split('\n');
      const now = after.replace(/\n$/, '').split('\n');
      const old = t
        .replace(/^\ufeff/, '')
        .slice(block.start, block.end)
        .split('\n');
      // Lines the edit left alone keep their bytes; an edited or added line takes the block's indentation.
      const lines = now.map((l, i) => (now.length === was.length && l === was[i] ? old[i] : l === '' ? '' : block.indent + l));
      const bom = t.startsWith('\ufeff') ? '\ufeff' : '';
      const out = bom + t.replace(/^\ufeff/, '').slice(0, block.start) + lines.join('\n') + t.replace(/^\ufeff/, '').slice(block.end);
      if (blockOf(out, file, document, dataKey, cache).inner.replace(/\n+$/, '') !== after.replace(/\n+$/, ''))
        throw new Error(`internal: the edit of ${file} data.${dataKey} did not read back as written`);
      return out;
    },
  };
}

/** The ConfigMap manifest named `name` in `file`, as a home, or undefined. */
async function manifestIn(file: string, name: string, dataKey: string, read: Read, cache?: ParseCache): Promise<ValuesHome | undefined> {
  const text = await read(file);
  if (text === undefined) return undefined;
  const { docs } = docsOf(text, file, cache);
  const index = docs.findIndex((d) => kindOf(d) === 'ConfigMap' && nameOf(d) === name);
  if (index < 0) return undefined;
  return configMapHome(file, text, index, dataKey, `ConfigMap ${name} (${dataKey})`);
}

/** The configMapGenerator entry `name` of a kustomization: the file it makes `dataKey` from, as a home. */
async function generatorIn(
  kfile: string,
  ktext: string,
  name: string,
  dataKey: string,
  read: Read,
  cache?: ParseCache,
): Promise<ValuesHome | undefined> {
  const { docs } = docsOf(ktext, kfile, cache);
  const gens = mapValue(docs[0].contents, 'configMapGenerator');
  const entry = isSeq(gens) ? gens.items.find((g) => scalarText(mapValue(g, 'name')) === name) : undefined;
  const files = mapValue(entry, 'files');
  if (!isSeq(files)) return undefined;
  for (const f of files.items) {
    const spec = scalarText(f) ?? '';
    const eq = spec.indexOf('=');
    const path = eq < 0 ? spec : spec.slice(eq + 1);
    const key = eq < 0 ? path.slice(path.lastIndexOf('/') + 1) : spec.slice(0, eq);
    if (key !== dataKey) continue;
    const file = joinPath(dirOf(kfile), path);
    const text = await read(file);
    if (text !== undefined) return fileHome(file, text, `ConfigMap ${name} (${dataKey}: ${file})`);
  }
  return undefined;
}

/** What a ConfigMap is looked for as: its entry in a kustomization's configMapGenerator, its manifest in a file. */
export interface ConfigMapFinder<T> {
  generator(kfile: string, ktext: string): Promise<T | undefined>;
  manifest(file: string): Promise<T | undefined>;
}

/** Follows a ConfigMap through the kustomization of `dir` and the resources it names (each folder once). */
export async function findConfigMap<T>(
  dir: string,
  find: ConfigMapFinder<T>,
  read: Read,
  seen: Set<string>,
  cache?: ParseCache,
): Promise<T | undefined> {
  if (seen.has(dir) || seen.size > 32) return undefined;
  seen.add(dir);
  for (const n of KUSTOMIZATION_NAMES) {
    const kfile = dir === '.' ? n : `${dir}/${n}`;
    const ktext = await read(kfile);
    if (ktext === undefined) continue;
    const generated = await find.generator(kfile, ktext);
    if (generated) return generated;
    const resources = mapValue(docsOf(ktext, kfile, cache).docs[0].contents, 'resources');
    for (const r of isSeq(resources) ? resources.items : []) {
      const rel = scalarText(r);
      if (rel === undefined || /^[a-z]+:\/\//.test(rel)) continue;
      const path = joinPath(dir, rel);
      const found = /\.ya?ml$/.test(path) ? await find.manifest(path) : await findConfigMap(path, find, read, seen, cache);
      if (found) return found;
    }
    return undefined;
  }
  return undefined;
}

/** The HelmRelease's spec.valuesFrom entries, each followed into the repository where it can be. */
async function sourcesOf(doc: Document.Parsed, parsed: ParsedYaml, file: string, read: Read, cache?: ParseCache): Promise<Source[]> {
  const from = mapValue(mapValue(doc.contents, 'spec'), 'valuesFrom');
  const out: Source[] = [];
  for (const item of isSeq(from) ? from.items : []) {
    const kind = scalarText(mapValue(item, 'kind')) ?? '';
    const name = scalarText(mapValue(item, 'name')) ?? '';
    const valuesKey = scalarText(mapValue(item, 'valuesKey')) ?? 'values.yaml';
    const targetPath = scalarText(mapValue(item, 'targetPath'));
    const source: Source = { kind, name, line: parsed.lineOf(item as Node) ?? 1, valuesKey, ...(targetPath ? { targetPath } : {}) };
    if (kind === 'ConfigMap' && !targetPath) {
      const home: ValuesHome | undefined =
        (await manifestIn(file, name, valuesKey, read, cache)) ??
        (await findConfigMap(
          dirOf(file),
          {
            generator: (kfile, ktext) => generatorIn(kfile, ktext, name, valuesKey, read, cache),
            manifest: (path) => manifestIn(path, name, valuesKey, read, cache),
          },
          read,
          new Set(),
          cache,
        ));
      if (home) {
        source.home = home;
        source.root = home.root(cache);
      }
    }
    out.push(source);
  }
  return out;
}

/** One spec.valuesFrom entry as a render reads it: the values document lockstep found for it, or none (a Secret, data made elsewhere, a targetPath). */
export interface ValuesFromEntry {
  kind: string;
  name: string;
  line: number;
  /** The data key it reads (`values.yaml` unless it names one). */
  valuesKey: string;
  targetPath?: string;
  /** Where its values document lives, and that document (the ConfigMap's data.<valuesKey>). */
  home?: ValuesHome;
  root?: Node | null;
}

/** The spec.valuesFrom entries of the HelmRelease document `document` of `file`, in Flux's order, each followed into the repository where it can be. */
export async function valuesFromEntries(
  file: string,
  text: string,
  document: number,
  read: Read,
  cache?: ParseCache,
): Promise<ValuesFromEntry[]> {
  const { parsed, docs } = docsOf(text, file, cache);
  return sourcesOf(docs[document], parsed, file, read, cache);
}

/**
 * The home of an environment's pins for the HelmRelease document `document`
 * of `file`: for each values key, the last source (valuesFrom in order, then
 * spec.values) that holds it. Refused at file:line: pins split over several
 * sources, and a source merged after the home that lockstep cannot read or
 * whose targetPath lands on a pin.
 */
export async function fluxValuesHome(
  file: string,
  text: string,
  document: number | undefined,
  keys: readonly string[],
  read: Read,
  cache?: ParseCache,
): Promise<ValuesHome> {
  const { parsed, docs } = docsOf(text, file, cache);
  const doc = docs[document ?? 0];
  const release = releaseHome(file, text, document);
  const sources = await sourcesOf(doc, parsed, file, read, cache);
  const chain: Source[] = [
    ...sources,
    { kind: 'values', name: 'spec.values', line: 0, valuesKey: '', home: release, root: release.root(cache) },
  ];
  const homes = new Map<Source, string[]>();
  for (const key of keys) {
    let at = -1;
    chain.forEach((s, i) => {
      if (s.home && !s.targetPath && holds(s.root, key)) at = i;
    });
    if (at < 0) continue;
    homes.set(chain[at], [...(homes.get(chain[at]) ?? []), key]);
    const later = chain.slice(at + 1).find((s) => (s.targetPath ? overlaps(s.targetPath, key) : !s.home));
    if (later) throw overriding(later, key, chain[at], doc, file);
  }
  if (homes.size > 1)
    throw new UserError(
      `HelmRelease ${nameOf(doc) ?? ''} keeps its pins in ${[...homes].map(([s, k]) => `${s.home!.label} (${k.join(', ')})`).join(' and ')}; lockstep writes one place per environment`.replace(
        /\s+/g,
        ' ',
      ),
      { file, line: sources[0]?.line ?? 1, hint: 'keep every image pin of the environment in one ConfigMap, or in spec.values' },
    );
  if (homes.size === 0) return release;
  const [chosen] = homes.keys();
  const dir = dirOf(file);
  // Soak time, approvals and records read the history of the HelmRelease's folder (place.ts pinPath): the pins stay in it.
  if (chosen.home !== release && dir !== '.' && !chosen.home!.file.startsWith(`${dir}/`))
    throw new UserError(
      `the pins of HelmRelease ${nameOf(doc) ?? ''} are in ${chosen.home!.file}, outside its folder ${dir}`.replace(/\s+/g, ' '),
      {
        file,
        line: chosen.line,
        hint: `keep the environment's values ConfigMap in ${dir} (or below it), whose history says when its pins changed; or name its file with values: beside helmrelease:`,
      },
    );
  return chosen.home!;
}

/** A valuesFrom entry merged after the pins' home that may set the pin Flux deploys. */
function overriding(later: Source, key: string, home: Source, doc: Document.Parsed, file: string): UserError {
  const why = later.targetPath
    ? `sets ${later.targetPath} (targetPath) over the ${key} pin`
    : later.kind === 'Secret'
      ? `is a Secret lockstep cannot read, merged over the ${key} pin`
      : `has no data in the repository lockstep can read, and is merged over the ${key} pin`;
  return new UserError(
    `HelmRelease ${nameOf(doc) ?? ''}: spec.valuesFrom ${later.kind} ${later.name} ${why} kept in ${home.home!.label}`.replace(/\s+/g, ' '),
    {
      file,
      line: later.line,
      hint:
        later.kind === 'Secret'
          ? 'list the Secret before the source holding the pins (or give it a targetPath outside them): a Secret holds secrets, not image pins'
          : 'keep the pins in the last source Flux merges, or generate this ConfigMap in the repository (configMapGenerator or a ConfigMap manifest)',
    },
  );
}

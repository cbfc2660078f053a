// Where a Flux Kustomization's flux-substitute variables live when its
// `spec.postBuild.substitute` does not set them: the ConfigMaps of
// `spec.postBuild.substituteFrom`. Flux takes `substitute` over every
// substituteFrom entry, and a later entry over an earlier one; a variable is
// therefore read and written in the last entry holding it, when that entry's
// data lives in the repository (a ConfigMap manifest's `data`, or a
// configMapGenerator's `literals`), found as flux-values.ts finds valuesFrom
// ConfigMaps. lockstep never reads or writes secrets: a Secret entry holding a
// variable is refused at its line, and so is an entry lockstep cannot read
// (not in the repository, an env file) merged over the variable's home, or
// the one entry that could hold a variable found nowhere else.

import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { UserError } from '../../errors.ts';
import type { ParseCache } from '../../text/parse-cache.ts';
import { mapValue, scalarText } from '../../yaml/read.ts';
import { isFluxKustomization } from '../../render/overlay-target.ts';
import { dirOf, docsOf, findConfigMap, kindOf, nameOf } from './flux-values.ts';
import type { FieldForm, PinField } from '../pins/pin-fields.ts';
import { sourceHome, sourceSlots, type SourceSlot } from './flux-substitute-files.ts';
import { setPins, type ImagePin, type PinTarget } from '../pins/pins.ts';
import { generatorLiteral } from './generator-literal.ts';

type Read = (p: string) => Promise<string | undefined>;
type Vars = Partial<Record<FieldForm, string>>;

/** One variable's scalar in a source (or its line in a generator's env file, or a generator's data file). */
interface Slot {
  path: (string | number)[];
  line: number;
  value: string;
  prefix?: string;
  suffix?: string;
  file?: string;
  source?: SourceSlot['source'];
}

/** A substituteFrom entry's data as the repository has it: the file, the document, its variables. */
interface Found {
  file: string;
  text: string;
  document: number;
  label: string;
  /** True for a Secret (never a home); its keys say only whether it holds a variable. */
  secret: boolean;
  /** Set when the data cannot be read in full (a file a generator names is not in the repository, a Secret's files): such an entry may hold any variable. */
  opaque?: string;
  /** A generator's env files and data files. */
  files?: string[];
  slots: Map<string, Slot>;
  /** The variables in the file's `text` at another state. */
  slotsAt(text: string): Map<string, Slot>;
}

interface Entry {
  kind: string;
  name: string;
  line: number;
  found?: Found;
}

/** The variables of a ConfigMap or Secret manifest (data, and a Secret's stringData) in document `document` of `text`. */
function manifestSlots(text: string, file: string, document: number, cache?: ParseCache): Map<string, Slot> {
  const { parsed, docs } = docsOf(text, file, cache);
  const slots = new Map<string, Slot>();
  for (const key of ['data', 'stringData']) {
    const data = mapValue(docs[document].contents, key);
    if (!isMap(data)) continue;
    for (const p of data.items)
      if (isScalar(p.key) && isScalar(p.value))
        slots.set(String(p.key.value), {
          path: [key, String(p.key.value)],
          line: parsed.lineOf(p.value) ?? 1,
          value: scalarText(p.value) ?? '',
        });
  }
  return slots;
}

/** Finds entry `kind` `name` in the repository: a manifest in `file` or a kustomization's generator under the Flux Kustomization's folder. */
async function locate(kind: string, name: string, file: string, read: Read, cache?: ParseCache): Promise<Found | undefined> {
  const secret = kind === 'Secret';
  const generatorKey = secret ? 'secretGenerator' : 'configMapGenerator';
  const manifest = async (path: string): Promise<Found | undefined> => {
    const text = await read(path);
    if (text === undefined) return undefined;
    const index = docsOf(text, path, cache).docs.findIndex((d) => kindOf(d) === kind && nameOf(d) === name);
    if (index < 0) return undefined;
    return {
      file: path,
      text,
      document: index,
      label: `${kind} ${name}`,
      secret,
      slots: manifestSlots(text, path, index, cache),
      slotsAt: (t) => manifestSlots(t, path, index, cache),
    };
  };
  const generator = async (kfile: string, ktext: string): Promise<Found | undefined> => {
    const { docs } = docsOf(ktext, kfile, cache);
    const gens = mapValue(docs[0].contents, generatorKey);
    const at = isSeq(gens) ? gens.items.findIndex((g) => scalarText(mapValue(g, 'name')) === name) : -1;
    if (at < 0 || !isSeq(gens)) return undefined;
    const entry = gens.items[at];
    // A Secret's files are never read; a ConfigMap's envs: and files: are (flux-substitute-files.ts).
    const other = secret ? ['envs', 'env', 'files'].find((k) => mapValue(entry, k) !== undefined) : undefined;
    const sourced = secret ? undefined : await sourceSlots(entry, dirOf(kfile), read);
    const opaque = other ? `its ${other}: lockstep reads no secret's files` : sourced?.missing;
    const withSources = (m: Map<string, Slot>) => new Map<string, Slot>([...m, ...(sourced?.slots ?? [])]);
    return {
      file: kfile,
      text: ktext,
      document: 0,
      label: `${kind} ${name} (${generatorKey} of ${kfile})`,
      secret,
      ...(opaque ? { opaque } : {}),
      files: sourced?.files ?? [],
      slots: withSources(literalSlots(ktext, kfile, generatorKey, at, cache)),
      slotsAt: (t) => withSources(literalSlots(t, kfile, generatorKey, at, cache)),
    };
  };
  return (await manifest(file)) ?? findConfigMap(dirOf(file), { generator, manifest }, read, new Set(), cache);
}

/** The spec.postBuild.substituteFrom entries of the Flux Kustomization in `text`, each followed into the repository where it can be. */
export async function entriesOf(
  text: string,
  file: string,
  read: Read,
  cache?: ParseCache,
): Promise<{ entries: Entry[]; line: number; keys: Set<string> }> {
  const { parsed, docs } = docsOf(text, file, cache);
  // The Flux Kustomization's own document (a cluster's file may hold its GitRepository first); else the first.
  const own = docs.find((d) => isFluxKustomization(kindOf(d), scalarText(mapValue(d.contents, 'apiVersion')))) ?? docs[0];
  const post = mapValue(mapValue(own.contents, 'spec'), 'postBuild');
  const from = mapValue(post, 'substituteFrom');
  const substitute = mapValue(post, 'substitute');
  const keys = new Set(isMap(substitute) ? substitute.items.map((p) => (isScalar(p.key) ? String(p.key.value) : '')) : []);
  const entries: Entry[] = [];
  for (const item of isSeq(from) ? from.items : []) {
    const kind = scalarText(mapValue(item, 'kind')) ?? '';
    const name = scalarText(mapValue(item, 'name')) ?? '';
    const found = kind === 'ConfigMap' || kind === 'Secret' ? await locate(kind, name, file, read, cache) : undefined;
    entries.push({ kind, name, line: parsed.lineOf(item as Node) ?? 1, ...(found ? { found } : {}) });
  }
  return { entries, line: parsed.lineOf(from ?? substitute ?? post ?? own.contents) ?? 1, keys };
}

/** The files holding a Flux Kustomization's substituteFrom ConfigMaps in the repository (their history says when a pin there changed). */
export async function substituteFromFiles(text: string, file: string, read: Read, cache?: ParseCache): Promise<string[]> {
  const { entries } = await entriesOf(text, file, read, cache);
  return [
    ...new Set(
      entries.flatMap((e) => (e.found && !e.found.secret ? [e.found.file, ...(e.found.files ?? [])] : []).filter((f) => f !== file)),
    ),
  ];
}

/** A service as its flux-substitute variables name it (promote's PromoteService is one). */
export interface SubstitutedService {
  name: string;
  substitute?: Partial<Record<FieldForm, string>>;
}

/** Where the pins of an environment are when its flux-substitute variables come from a substituteFrom ConfigMap. */
export interface SubstituteHome {
  file: string;
  text: string;
  document: number;
  label: string;
  /** The fields of `vars` in `text` (the home's file at some state). */
  fields(text: string, vars: Vars): PinField[];
  /** `text` with `writes` made: a YAML home's values by setPins, an env file's or data file's lines by its own writer. */
  write(text: string, writes: readonly { pin: ImagePin; target: PinTarget }[], cache?: ParseCache): string;
}

function refuse(message: string, file: string, line: number, hint: string): UserError {
  return new UserError(message, { file, line, hint });
}

/** The entry whose data a variable takes (the last one holding it); refused when an entry lockstep cannot read could set it. */
function homeOf(name: string, entries: readonly Entry[], file: string, line: number): Entry {
  let at = -1;
  entries.forEach((e, i) => {
    if (e.found?.slots.has(name)) at = i;
  });
  const home = entries[at];
  if (home?.found?.secret)
    throw refuse(
      `spec.postBuild.substituteFrom Secret ${home.name} holds ${name}; lockstep never reads or writes secrets`,
      file,
      home.line,
      `set ${name} in spec.postBuild.substitute or in a ConfigMap of the repository listed after the Secret`,
    );
  const later = entries.slice(at + 1).find((e) => !e.found || e.found.opaque !== undefined);
  if (later) {
    const why = !later.found ? `is not in the repository lockstep can read` : `is read only in part (${later.found.opaque})`;
    throw refuse(
      `spec.postBuild.substituteFrom ${later.kind} ${later.name} ${why}, and ${at < 0 ? `no other source sets ${name}` : `Flux takes it over ${home.found!.label}, which sets ${name}`}`,
      file,
      later.line,
      at < 0
        ? `set ${name} in spec.postBuild.substitute, or keep ${later.kind} ${later.name} in the repository (a ConfigMap manifest or configMapGenerator literals)`
        : `list ${later.kind} ${later.name} before ${home.found!.label}, or keep its data in the repository`,
    );
  }
  if (!home)
    throw refuse(
      `spec.postBuild.substitute has no ${name}, and no substituteFrom ConfigMap of the repository sets it`,
      file,
      line,
      `set ${name}: "<value>" under spec.postBuild.substitute or in a ConfigMap that substituteFrom names`,
    );
  return home;
}

/**
 * The home of an environment's flux-substitute variables when spec.postBuild.substitute of the Flux Kustomization
 * (`text` of `file`) sets none of them: the one substituteFrom ConfigMap holding all. Undefined when substitute
 * sets them all (or no service names variables). Refused at file:line: variables split over substitute and a
 * ConfigMap or over several ConfigMaps, a service pinned otherwise beside them, a ConfigMap outside the folder.
 */
export async function substituteFromHome(
  text: string,
  file: string,
  services: readonly SubstitutedService[],
  read: Read,
  cache?: ParseCache,
): Promise<SubstituteHome | undefined> {
  const named = services.filter((s) => s.substitute !== undefined);
  const { entries, line, keys } = await entriesOf(text, file, read, cache);
  const wanted = named.flatMap((s) => Object.values(s.substitute!).map((v) => ({ service: s, name: v })));
  const outside = wanted.filter((w) => !keys.has(w.name));
  if (outside.length === 0) return undefined;
  const homes = new Map<Entry, string[]>();
  for (const w of outside) {
    const home = homeOf(w.name, entries, file, line);
    homes.set(home, [...(homes.get(home) ?? []), w.name]);
  }
  const inside = wanted.filter((w) => keys.has(w.name)).map((w) => w.name);
  const other = services.find((s) => s.substitute === undefined);
  if (homes.size > 1 || inside.length > 0 || other)
    throw refuse(
      `${file} keeps its pins in ${[
        ...(inside.length > 0 ? [`spec.postBuild.substitute (${inside.join(', ')})`] : []),
        ...[...homes].map(([e, names]) => `${e.found!.label} (${names.join(', ')})`),
        ...(other ? [`the pin of service '${other.name}'`] : []),
      ].join(' and ')}; lockstep writes one place per environment`,
      file,
      [...homes.keys()][0].line,
      'keep every flux-substitute variable of the environment in spec.postBuild.substitute, or all in one ConfigMap',
    );
  const [[home, names]] = homes;
  const found = home.found!;
  // A generator's variables in its env file or data files: that one file is the home (flux-substitute-files.ts).
  const where = [...new Set(names.map((n) => found.slots.get(n)!.file ?? found.file))];
  if (where.length > 1)
    throw refuse(
      `${found.label} holds ${names.join(', ')} in ${where.join(' and ')}; lockstep writes one file per environment`,
      file,
      home.line,
      "keep the environment's flux-substitute variables in one source of the generator: its literals, one env file, or one whole-image file",
    );
  const dir = dirOf(file);
  if (found.file !== file && dir !== '.' && !found.file.startsWith(`${dir}/`))
    throw refuse(
      `the pins of ${file} are in ${found.label} in ${found.file}, outside its folder ${dir}`,
      file,
      home.line,
      `keep the environment's substituteFrom ConfigMap in ${dir} (or below it), whose history says when its pins changed`,
    );
  const slot = found.slots.get(names[0])!;
  if (slot.file !== undefined && slot.source !== undefined)
    return sourceHome(found.label, { ...slot, file: slot.file, source: slot.source }, names[0], (await read(slot.file)) ?? '');
  return {
    file: found.file,
    text: found.text,
    document: found.document,
    label: found.label,
    write: (t, writes, cache) => setPins(t, writes, { document: found.document, cache }).text,
    fields(t, vars) {
      const slots = found.slotsAt(t);
      return (Object.entries(vars) as [FieldForm, string][]).map(([form, name]) => {
        const slot = slots.get(name);
        if (!slot)
          throw refuse(`${found.label} has no ${name}, which flux-substitute names`, found.file, 1, `set ${name} in ${found.label}`);
        return {
          path: slot.path,
          line: slot.line,
          form,
          value: slot.value,
          label: `${found.label} ${name}`,
          ...(slot.prefix ? { prefix: slot.prefix } : {}),
          ...(slot.suffix ? { suffix: slot.suffix } : {}),
        };
      });
    },
  };
}

/** The literals (`NAME=value`) of entry `at` of a kustomization's configMapGenerator, by name. */
function literalSlots(text: string, file: string, key: string, at: number, cache?: ParseCache): Map<string, Slot> {
  const { parsed, docs } = docsOf(text, file, cache);
  const gens = mapValue(docs[0].contents, key);
  const literals = mapValue(isSeq(gens) ? gens.items[at] : undefined, 'literals');
  const slots = new Map<string, Slot>();
  (isSeq(literals) ? literals.items : []).forEach((l, j) => {
    // The value as kustomize builds it into the ConfigMap (its outer quotes gone); a write keeps the user's quotes.
    const literal = generatorLiteral(scalarText(l) ?? '');
    if (literal)
      slots.set(literal.key, {
        path: [key, at, 'literals', j],
        line: parsed.lineOf(l as Node) ?? 1,
        value: literal.value,
        prefix: literal.prefix,
        ...(literal.suffix ? { suffix: literal.suffix } : {}),
      });
  });
  return slots;
}

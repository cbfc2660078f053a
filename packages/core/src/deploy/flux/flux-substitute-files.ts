// The files a configMapGenerator builds a substituteFrom ConfigMap from, beside
// its `literals:`: `envs:` (and the older `env:`), .env files of `KEY=value`
// lines, and `files:`, each file's whole content one key's value (`key=path`,
// or the file's name as the key). A flux-substitute variable found there is
// read and written in that file: an env file's line byte-minimally (the `KEY=`,
// every other line and comment kept), a `files:` source whole (its trailing
// newline kept). Read as kustomize reads them: a line's leading blanks and a
// first line's BOM dropped, `#` lines and blank lines skipped, the value
// everything after the first `=`, quotes and all; a file's value its content
// (lockstep takes one trailing newline as the file's end, not the value's).

import { isSeq } from 'yaml';
import { UserError } from '../../errors.ts';
import { mapValue, scalarText } from '../../yaml/read.ts';
import { fieldEdits, type FieldForm, type PinField } from '../pins/pin-fields.ts';
import type { ImagePin, PinTarget } from '../pins/pins.ts';

type Read = (p: string) => Promise<string | undefined>;

/** One variable's value in a generator's source file: its line (an env file) or the whole file. */
export interface SourceSlot {
  path: (string | number)[];
  line: number;
  value: string;
  prefix?: string;
  /** The file holding it, and how: a line of an env file, or a file's whole content. */
  file: string;
  source: 'env' | 'file';
}

/** Joins a kustomization-relative path to its folder; undefined when it climbs out of the repository. */
function joined(dir: string, rel: string): string | undefined {
  const parts = dir === '.' ? [] : dir.split('/');
  for (const p of rel.split('/')) {
    if (p === '' || p === '.') continue;
    if (p === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(p);
  }
  return parts.join('/') || undefined;
}

/** The `KEY=value` lines of an env file, by key (a later line over an earlier one, as a map keeps it). */
export function envSlots(text: string, file: string): Map<string, SourceSlot> {
  const slots = new Map<string, SourceSlot>();
  text.split('\n').forEach((raw, i) => {
    const line = (i === 0 ? raw.replace(/^\ufeff/, '') : raw).replace(/\r$/, '');
    const body = line.trimStart();
    const eq = body.indexOf('=');
    if (body === '' || body.startsWith('#') || eq <= 0) return;
    const cut = line.length - body.length + eq + 1;
    slots.set(body.slice(0, eq), { path: [i], line: i + 1, value: line.slice(cut), prefix: line.slice(0, cut), file, source: 'env' });
  });
  return slots;
}

/** A `files:` source as one value: its content without the one trailing newline that ends the file. */
export function fileSlot(text: string, file: string): SourceSlot {
  return { path: [], line: 1, value: text.replace(/\r?\n$/, ''), file, source: 'file' };
}

/**
 * The variables a generator entry's `envs:`/`env:` and `files:` hold, by key, with the files they are read from;
 * `missing` says which named file is not in the repository (the entry then may hold any variable).
 */
export async function sourceSlots(
  entry: unknown,
  dir: string,
  read: Read,
): Promise<{ slots: Map<string, SourceSlot>; files: string[]; missing?: string }> {
  const slots = new Map<string, SourceSlot>();
  const files: string[] = [];
  const list = (key: string) => {
    const node = mapValue(entry, key);
    return isSeq(node) ? node.items.map((i) => scalarText(i) ?? '') : [];
  };
  const env = scalarText(mapValue(entry, 'env'));
  for (const rel of [...list('envs'), ...(env !== undefined ? [env] : [])]) {
    const path = joined(dir, rel);
    const text = path === undefined ? undefined : await read(path);
    if (text === undefined) return { slots, files, missing: `its env file ${rel} is not in the repository` };
    files.push(path!);
    for (const [k, s] of envSlots(text, path!)) slots.set(k, s);
  }
  for (const spec of list('files')) {
    const eq = spec.indexOf('=');
    const rel = eq < 0 ? spec : spec.slice(eq + 1);
    const path = joined(dir, rel);
    const text = path === undefined ? undefined : await read(path);
    if (text === undefined) return { slots, files, missing: `its file ${rel} is not in the repository` };
    files.push(path!);
    slots.set(eq < 0 ? rel.slice(rel.lastIndexOf('/') + 1) : spec.slice(0, eq), fileSlot(text, path!));
  }
  return { slots, files };
}

/** The slots of `text`, the home file at some state, read as `source` reads it. */
const slotsOf = (text: string, file: string, source: 'env' | 'file', key: string): Map<string, SourceSlot> =>
  source === 'env' ? envSlots(text, file) : new Map([[key, fileSlot(text, file)]]);

/** A generator's env file or data file as the home of an environment's flux-substitute variables (flux-substitute-from.ts). */
export function sourceHome(label: string, slot: SourceSlot, key: string, text: string) {
  const { file, source } = slot;
  const home = source === 'env' ? `${label.replace(/\)$/, '')}, ${file})` : `${label.replace(/\)$/, '')}, ${key}: ${file})`;
  return {
    file,
    text,
    document: 0,
    label: home,
    fields(t: string, vars: Partial<Record<FieldForm, string>>): PinField[] {
      const slots = slotsOf(t, file, source, key);
      return (Object.entries(vars) as [FieldForm, string][]).map(([form, name]) => {
        const s = slots.get(name);
        if (!s)
          throw new UserError(`${file} has no ${name}, which flux-substitute names`, {
            file,
            line: 1,
            hint: `set ${name}=<value> in ${file}`,
          });
        return { path: s.path, line: s.line, form, value: s.value, label: `${home} ${name}`, ...(s.prefix ? { prefix: s.prefix } : {}) };
      });
    },
    /** `t` with each pin's fields set: the lines of an env file, or the whole data file. */
    write(t: string, writes: readonly { pin: ImagePin; target: PinTarget }[]): string {
      const lines = t.split('\n');
      for (const { pin, target } of writes)
        for (const e of fieldEdits(pin.fields ?? [], file, pin.key, pin, target)) {
          if (/[\r\n]/.test(e.value))
            throw new UserError(`${e.value.slice(0, 40)}… holds a line break`, {
              file,
              line: pin.line,
              hint: 'promote an image reference',
            });
          if (source === 'file') return `${e.value}${/\r?\n$/.exec(t)?.[0] ?? ''}`;
          const i = e.path[0] as number;
          lines[i] = `${i === 0 && lines[0].startsWith('\ufeff') ? '\ufeff' : ''}${e.value}${lines[i].endsWith('\r') ? '\r' : ''}`;
        }
      return lines.join('\n');
    },
  };
}

// Image automation markers beside an environment's pin file. Flux's image
// automation writes its markers (`# {"$imagepolicy": "ns:policy"}` and the
// `:tag`, `:name`, `:digest` forms) anywhere under the path it updates: the
// Deployments of apps/<env>, a kustomization's `images:`, a HelmRelease's
// values. Those markers are pin locations too: the files kustomize reads to
// build the environment's overlay (its kustomization and what that names,
// folders of `resources:` followed) that lie under the overlay's own folder.
// A file reached outside it (apps/base, shared by every environment) is never
// written. Each marker of a service's image-policy gets the promoted value,
// byte-minimally, the marker and every comment kept; a marker whose policy no
// service names is left as it is and said once; a marker in a Secret is
// refused at its line (lockstep never writes secrets).

import { posix } from 'node:path';
import { UserError } from '../errors.ts';
import { checkYamlEdit } from '../edits/check.ts';
import { setScalars } from '../edits/yaml-edit.ts';
import { parseWith, type ParseCache } from '../text/parse-cache.ts';
import { isSeq } from 'yaml';
import { YAML_DOCUMENTS, mapValue, scalarText } from '../yaml/read.ts';
import { KUSTOMIZATION_NAMES } from '../kustomize/overlay.ts';
import { fieldEdits, markerFields, markersOf, ofPolicy, readFields, type PinField } from '../deploy/pins/pin-fields.ts';
import type { ImagePin, PinTarget } from '../deploy/pins/pins.ts';
import type { PromoteService } from './request.ts';

type Read = (p: string) => Promise<string | undefined>;

/** At most this many kustomization folders are followed under the overlay's folder. */
const MAX_FOLDERS = 32;

/** A write of one service's pin (place.ts's PinWrite). */
interface Write {
  service: PromoteService;
  pin: ImagePin;
  target: PinTarget;
}

/** A protected environment's marker that would hold no digest after the write. */
export interface MarkerProblem {
  file: string;
  line: number;
  message: string;
  hint: string;
}

const isYaml = (p: string) => /\.ya?ml$/.test(p) || /(^|\/)Kustomization$/.test(p);
const documentsOf = (text: string, file: string, cache?: ParseCache) =>
  parseWith(cache, YAML_DOCUMENTS, text.replace(/^\ufeff/, ''), file).documents ?? [];

/** What a kustomization names that may hold manifests: `resources:`-like lists (files or folders), patch files. */
function namedPaths(ktext: string, kfile: string, cache?: ParseCache): { path: string; folder: boolean }[] {
  let root;
  try {
    root = documentsOf(ktext, kfile, cache)[0]?.contents;
  } catch {
    return []; // A kustomization that does not parse: kustomize (and the render) say what is wrong.
  }
  const out: { path: string; folder: boolean }[] = [];
  for (const key of ['resources', 'bases', 'components', 'patchesStrategicMerge', 'crds']) {
    const list = mapValue(root, key);
    for (const item of isSeq(list) ? list.items : []) {
      const v = scalarText(item);
      if (v !== undefined) out.push({ path: v, folder: key === 'resources' || key === 'bases' || key === 'components' });
    }
  }
  for (const key of ['patches', 'patchesJson6902']) {
    const list = mapValue(root, key);
    for (const item of isSeq(list) ? list.items : []) {
      const v = scalarText(mapValue(item, 'path'));
      if (v !== undefined) out.push({ path: v, folder: false });
    }
  }
  return out;
}

/** The files kustomize reads to build the overlay of `dir` that lie under `dir`, with their texts. */
async function filesUnder(dir: string, read: Read, cache?: ParseCache): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const inside = (p: string) => dir === '.' || p === dir || p.startsWith(`${dir}/`);
  const seen = new Set<string>();
  const queue = [dir];
  while (queue.length > 0 && seen.size < MAX_FOLDERS) {
    const d = queue.shift()!;
    if (seen.has(d)) continue;
    seen.add(d);
    let kfile: string | undefined;
    for (const n of KUSTOMIZATION_NAMES) {
      const f = d === '.' ? n : `${d}/${n}`;
      const t = await read(f);
      if (t === undefined) continue;
      files.set((kfile = f), t);
      break;
    }
    if (kfile === undefined) continue;
    for (const p of namedPaths(files.get(kfile)!, kfile, cache)) {
      // A URL kustomize would fetch, or a path out of the folder: nothing of this environment to write.
      if (/^[a-z][a-z0-9+.-]*:/i.test(p.path.trim())) continue;
      const to = posix.normalize(posix.join(d, p.path.trim())).replace(/\/+$/, '');
      if (!inside(to) || files.has(to)) continue;
      const text = await read(to);
      if (text !== undefined) files.set(to, text);
      else if (p.folder) queue.push(to);
    }
  }
  return files;
}

/** The markers of the environment's files beside its pin file. */
export class MarkerFiles {
  /** The overlay's folder the files lie under. */
  readonly dir: string;
  /** The files holding a marker of a service's policy, by path, as opened. */
  readonly texts: ReadonlyMap<string, string>;
  /** The markers whose policy names no service, said once each. */
  readonly notes: readonly string[];
  private readonly cache?: ParseCache;

  constructor(dir: string, texts: ReadonlyMap<string, string>, notes: readonly string[], cache?: ParseCache) {
    this.dir = dir;
    this.texts = texts;
    this.notes = notes;
    this.cache = cache;
  }

  /** The fields `policy`'s markers name in every file (at `others`' texts where given), each with its file and document. */
  fields(policy: string, others?: ReadonlyMap<string, string>): PinField[] {
    const out: PinField[] = [];
    for (const [file, opened] of this.texts) {
      const text = others?.get(file) ?? opened;
      documentsOf(text, file, this.cache).forEach((_, document) => {
        for (const f of markerFields(text, file, document, policy, this.cache)) out.push({ ...f, file, document });
      });
    }
    return out;
  }

  /** A service's pin spread over its policy's markers in these files; undefined when it has none here. */
  pin(service: PromoteService, others?: ReadonlyMap<string, string>): ImagePin | undefined {
    if (service.imagePolicy === undefined) return undefined;
    const fields = this.fields(service.imagePolicy, others);
    if (fields.length === 0) return undefined;
    const first = fields.find((f) => f.form === 'tag' || f.form === 'image') ?? fields[0];
    return {
      style: 'fields',
      file: first.file!,
      key: `$imagepolicy ${service.imagePolicy}`,
      path: first.path,
      line: first.line,
      ...readFields(fields, first.file!),
      fields,
    };
  }

  /**
   * The files' texts after each write's target is put in its policy's markers: per document, the fields that can
   * hold a digest get it, a `:tag` marker the tag, a whole-image marker `repo:tag@digest`. A pin whose fields all
   * lie here (no marker in the pin file) must have a field for the digest, refused as the pin file's are.
   */
  edits(writes: readonly Write[]): Map<string, { before: string; after: string }> {
    const out = new Map<string, { before: string; after: string }>();
    for (const w of writes) {
      const policy = w.service.imagePolicy;
      if (policy === undefined) continue;
      const all = this.fields(policy);
      if (all.length === 0) continue;
      if (w.pin.style === 'fields' && w.pin.fields?.every((f) => f.file !== undefined))
        fieldEdits(all, all[0].file!, w.pin.key, readFields(all, all[0].file!), w.target);
      const groups = new Map<string, PinField[]>();
      for (const f of all) groups.set(`${f.document}\0${f.file}`, [...(groups.get(`${f.document}\0${f.file}`) ?? []), f]);
      for (const group of groups.values()) {
        const { file, document } = group[0] as Required<Pick<PinField, 'file' | 'document'>>;
        const digest = group.some((f) => f.form === 'image' || f.form === 'digest');
        const target = digest ? w.target : { ...w.target, digest: undefined };
        const edits = fieldEdits(group, file, `$imagepolicy ${policy}`, readFields(group, file), target);
        if (edits.length === 0) continue;
        const entry = out.get(file) ?? { before: this.texts.get(file)!, after: this.texts.get(file)! };
        const after = setScalars(entry.after, file, edits, { document, cache: this.cache });
        checkYamlEdit(file, entry.after, after, edits, { document, cache: this.cache });
        out.set(file, { before: entry.before, after });
      }
    }
    return out;
  }

  /** For a protected environment: each service's markers in each file (at `others`' texts) that hold no sha256 digest. */
  problems(services: readonly PromoteService[], others: ReadonlyMap<string, string>): MarkerProblem[] {
    const out: MarkerProblem[] = [];
    for (const s of services) {
      if (s.imagePolicy === undefined) continue;
      const byFile = new Map<string, PinField[]>();
      for (const f of this.fields(s.imagePolicy, others)) byFile.set(f.file!, [...(byFile.get(f.file!) ?? []), f]);
      for (const [file, fields] of byFile) {
        const { digest } = readFields(fields, file);
        if (digest !== undefined && /^sha256:[0-9a-f]{64}$/.test(digest)) continue;
        out.push({
          file,
          line: fields[0].line,
          message: `${s.name}'s image automation markers (${s.imagePolicy}) in ${file} would hold no sha256 digest in a protected environment`,
          hint: 'add a :digest marker beside the :tag one, or mark the whole image (repo:tag@sha256:…) so the digest has a place',
        });
      }
    }
    return out;
  }
}

/**
 * The markers beside `placeFile` under the overlay folder `dir`: undefined when there is no folder or no service
 * has an image-policy (nothing is read then). A marker of a service's policy in a Secret is refused at its line; the markers'
 * own refusals (a bad suffix, other keys, no JSON, no scalar) are raised here, before anything is planned.
 */
export async function markerFilesOf(
  dir: string | undefined,
  placeFile: string,
  services: readonly PromoteService[],
  read: Read,
  cache?: ParseCache,
): Promise<MarkerFiles | undefined> {
  const policies = services.flatMap((s) => (s.imagePolicy === undefined ? [] : [s.imagePolicy]));
  if (policies.length === 0 || dir === undefined) return undefined;
  const texts = new Map<string, string>();
  const notes: string[] = [];
  const said = new Set<string>();
  for (const [file, text] of await filesUnder(dir, read, cache)) {
    if (file === placeFile || !isYaml(file) || !text.includes('$imagepolicy')) continue;
    let ours = false;
    documentsOf(text, file, cache).forEach((doc, document) => {
      for (const m of markersOf(text, file, document, cache)) {
        const policy = m.marker.policy.split(':').slice(0, 2).join(':');
        if (!policies.some((p) => ofPolicy(m.marker.policy, p))) {
          if (!said.has(policy))
            notes.push(`${file}:${m.line}: the image automation marker of ${policy} names no service's image-policy; left as it is.`);
          said.add(policy);
          continue;
        }
        ours = true;
        if (scalarText(mapValue(doc.contents, 'kind')) === 'Secret')
          throw new UserError(`an image automation marker of ${m.marker.policy} in a Secret: lockstep never reads or writes secrets`, {
            file,
            line: m.line,
            hint: 'move the image out of the Secret (a ConfigMap or the workload itself), or drop the marker',
          });
      }
    });
    if (ours) texts.set(file, text);
  }
  const found = new MarkerFiles(dir, texts, notes, cache);
  for (const p of policies) readFields(found.fields(p), placeFile);
  return found;
}

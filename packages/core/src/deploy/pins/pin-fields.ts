// Image pins spread over named fields rather than one values key: the fields an
// image automation marker names (`# {"$imagepolicy": "ns:policy"}` on the
// field's own line, and its `:tag`, `:name`, `:digest` forms), and the
// variables of a Flux Kustomization's `spec.postBuild.substitute` the config
// names. Each field holds one part of the image: the whole reference
// (`repo:tag@sha256:…`), its name, its tag or its digest. A pin is read from
// all the fields of one service and written back into each, byte-minimally:
// the marker comment, the other keys and the file's layout stay as they were.

import { isAlias, isMap, isScalar, isSeq, Scalar } from 'yaml';
import { UserError } from '../../errors.ts';
import type { KeyPath, ScalarEdit } from '../../edits/yaml-edit.ts';
import { splitReference } from '../../values/protected.ts';
import { parseWith, type ParseCache } from '../../text/parse-cache.ts';
import { YAML_DOCUMENTS, mapValue, scalarText } from '../../yaml/read.ts';

/** Which part of an image a field holds: all of it (`repo:tag@digest`), the repository, the tag, the digest. */
export type FieldForm = 'image' | 'name' | 'tag' | 'digest';

/** One field holding part of a service's image. */
export interface PinField {
  path: KeyPath;
  line: number;
  form: FieldForm;
  /** The field's value as the file has it ('' when empty). */
  value: string;
  /** What names the field, for messages: `$imagepolicy flux-system:podinfo:tag`, `substitute PODINFO_TAG`. */
  label: string;
  /** Text the scalar holds before the value and keeps (a configMapGenerator literal's `NAME=`, with its opening quote). */
  prefix?: string;
  /** Text the scalar holds after the value and keeps (a quoted configMapGenerator literal's closing quote). */
  suffix?: string;
  /** A field in another file than the pin's (a marker beside the pins, marker-files.ts), and its document there. */
  file?: string;
  document?: number;
}

/** A Flux image policy reference as a marker writes it (`namespace:name`). */
const POLICY = /^([a-z0-9]([-a-z0-9]*[a-z0-9])?):([a-z0-9]([-a-z0-9.]*[a-z0-9])?)$/;

/** True when `policy` is a `namespace:name` an image automation marker can name. */
export function isPolicyName(policy: string): boolean {
  return POLICY.test(policy);
}

/** A marker read from a line comment: the policy it names, and why lockstep will not take it when it is not exactly a marker. */
export interface Marker {
  policy: string;
  refused?: string;
}

/**
 * A line comment that is a marker: `{"$imagepolicy": "<ns>:<name>[:tag|:name|:digest]"}`, as JSON. A comment
 * that names a policy but is no JSON object, or carries other keys beside `$imagepolicy`, is a marker lockstep
 * refuses (refused says why) rather than one it skips: Flux's image automation would skip the first and may
 * read the second, and a promotion that leaves either behind would run what nobody reviewed.
 */
function markerOf(comment: string): Marker | undefined {
  const body = comment.trim();
  if (!body.startsWith('{') || !body.includes('$imagepolicy')) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    const named = /"\$imagepolicy"\s*:\s*"([^"\\]*)"/.exec(body)?.[1];
    return named === undefined ? undefined : { policy: named, refused: 'is no JSON object' };
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined;
  const value = (parsed as Record<string, unknown>).$imagepolicy;
  if (typeof value !== 'string') return undefined;
  const extra = Object.keys(parsed).filter((k) => k !== '$imagepolicy');
  return extra.length > 0 ? { policy: value, refused: `carries ${extra.join(', ')} beside $imagepolicy` } : { policy: value };
}

/** True when `marker` (a marker's policy with its suffix) is `policy`'s. */
export const ofPolicy = (marker: string, policy: string) => marker === policy || marker.startsWith(`${policy}:`);

/** The scalars of a document with their key paths, parents before children (aliases and keys left out). */
function* scalarsOf(node: unknown, path: (string | number)[]): Generator<{ node: Scalar; path: KeyPath }> {
  if (isAlias(node)) return;
  if (isScalar(node)) yield { node, path: [...path] };
  else if (isMap(node))
    for (const p of node.items) {
      if (!isScalar(p.key)) continue;
      yield* scalarsOf(p.value, [...path, String(p.key.value)]);
    }
  else if (isSeq(node)) for (let i = 0; i < node.items.length; i++) yield* scalarsOf(node.items[i], [...path, i]);
}

/** A scalar whose line ends with a marker comment: its key path, line, value and the marker. */
export interface MarkedScalar {
  path: KeyPath;
  line: number;
  value: string;
  marker: Marker;
}

/**
 * Every marker of one document of `text` (the first when `document` is undefined), whatever policy it names:
 * a marker counts only as the comment ending its scalar's own line, so one inside a string value, on a line of
 * its own or after a block scalar names nothing.
 */
export function markersOf(text: string, file: string, document: number | undefined, cache?: ParseCache): MarkedScalar[] {
  const parsed = parseWith(cache, YAML_DOCUMENTS, text.replace(/^\ufeff/, ''), file);
  const doc = (parsed.documents ?? [parsed.doc])[document ?? 0];
  const body = parsed.text;
  const out: MarkedScalar[] = [];
  if (!body.includes('$imagepolicy') || !doc) return out;
  for (const { node, path } of scalarsOf(doc.contents, [])) {
    if (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED || !node.range) continue;
    const eol = body.indexOf('\n', node.range[1]);
    const rest = /^[ \t]+#([^\r\n]*)/.exec(body.slice(node.range[1], eol < 0 ? undefined : eol));
    const marker = rest ? markerOf(rest[1]) : undefined;
    if (marker) out.push({ path, line: parsed.lineOf(node) ?? 1, value: scalarText(node) ?? '', marker });
  }
  return out;
}

/**
 * The fields the markers of `policy` (`namespace:name`) name in one document
 * of `text`. A marker counts only as the comment ending its field's own line
 * (`tag: 6.5.0 # {"$imagepolicy": "flux-system:podinfo:tag"}`): a marker on a
 * line of its own, after a block scalar or inside a string names nothing. A
 * marker of the policy on a field that is not one scalar (a mapping, a list),
 * or with another suffix than `:tag`, `:name`, `:digest`, is refused at its line.
 */
export function markerFields(text: string, file: string, document: number | undefined, policy: string, cache?: ParseCache): PinField[] {
  const parsed = parseWith(cache, YAML_DOCUMENTS, text.replace(/^\ufeff/, ''), file);
  const body = parsed.text;
  const out: PinField[] = [];
  for (const { marker: found, path, line, value } of markersOf(text, file, document, cache)) {
    if (!ofPolicy(found.policy, policy)) continue;
    const marker = found.policy;
    if (found.refused)
      throw new UserError(`the image automation marker of ${marker} ${found.refused}`, {
        file,
        line,
        hint: `write the comment as exactly # {"$imagepolicy": "${marker}"}`,
      });
    const suffix = marker.slice(policy.length + 1);
    if (marker !== policy && suffix !== 'tag' && suffix !== 'name' && suffix !== 'digest')
      throw new UserError(`the image automation marker names ${marker}: ${suffix} is not one of :tag, :name, :digest`, {
        file,
        line,
        hint: `write "$imagepolicy": "${policy}" (the whole image) or "${policy}:tag", ":name", ":digest"`,
      });
    out.push({ path, line, form: marker === policy ? 'image' : (suffix as FieldForm), value, label: `$imagepolicy ${marker}` });
  }
  // A marker of the policy ending the line of a mapping or list key: the value below is no field lockstep can set.
  for (const m of body.matchAll(/^[ \t]*(?:-[ \t]+)?[^\s#][^\r\n#]*:[ \t]+#([^\r\n]*)$/gm)) {
    const marker = markerOf(m[1])?.policy;
    if (marker !== undefined && ofPolicy(marker, policy))
      throw new UserError(`the image automation marker ${marker} ends a line with no value: it names no field`, {
        file,
        line: parsed.lineAt(m.index),
        hint: 'put the marker after the scalar it names, e.g. image: ghcr.io/acme/api:1.2.3 # {"$imagepolicy": "ns:api"}',
      });
  }
  return out;
}

/** The variables `vars` (form → name) under spec.postBuild.substitute of a Flux Kustomization document. */
export function substituteFields(
  text: string,
  file: string,
  vars: Partial<Record<FieldForm, string>>,
  cache?: ParseCache,
): { fields: PinField[]; missing: string[]; line: number } {
  const parsed = parseWith(cache, YAML_DOCUMENTS, text.replace(/^\ufeff/, ''), file);
  const doc = parsed.documents?.[0] ?? parsed.doc;
  const post = mapValue(mapValue(doc.contents, 'spec'), 'postBuild');
  const substitute = mapValue(post, 'substitute');
  const line = parsed.lineOf(substitute ?? post ?? mapValue(doc.contents, 'spec') ?? doc.contents) ?? 1;
  const fields: PinField[] = [];
  const missing: string[] = [];
  for (const [form, name] of Object.entries(vars) as [FieldForm, string][]) {
    const node = mapValue(substitute, name);
    if (node === undefined) {
      missing.push(name);
      continue;
    }
    if (!isScalar(node))
      throw new UserError(`spec.postBuild.substitute.${name} is not a string`, {
        file,
        line: parsed.lineOf(node) ?? line,
        hint: `write ${name}: "<value>" under spec.postBuild.substitute`,
      });
    fields.push({
      path: ['spec', 'postBuild', 'substitute', name],
      line: parsed.lineOf(node) ?? line,
      form,
      value: scalarText(node) ?? '',
      label: `substitute ${name}`,
    });
  }
  return { fields, missing, line };
}

/** What the fields say together: repository, tag and digest; two fields that disagree are refused at the second's line. */
export function readFields(fields: readonly PinField[], file: string): { repository?: string; tag?: string; digest?: string } {
  const seen: { repository?: [string, PinField]; tag?: [string, PinField]; digest?: [string, PinField] } = {};
  const put = (part: 'repository' | 'tag' | 'digest', value: string | undefined, f: PinField) => {
    if (value === undefined || value === '') return;
    const was = seen[part];
    if (was && was[0] !== value)
      throw new UserError(
        `${f.label} says ${part} ${value}, ${was[1].label} (${was[1].file && was[1].file !== (f.file ?? file) ? `${was[1].file}:` : 'line '}${was[1].line}) says ${was[0]}`,
        {
          file: f.file ?? file,
          line: f.line,
          hint: 'make the fields agree (one image, one version) before promoting',
        },
      );
    seen[part] ??= [value, f];
  };
  for (const f of fields) {
    if (f.form === 'image') {
      const ref = splitReference(f.value);
      put('repository', ref.name || undefined, f);
      put('tag', ref.tag || undefined, f);
      put('digest', ref.digest || undefined, f);
    } else put(f.form === 'name' ? 'repository' : f.form, f.value, f);
  }
  return {
    ...(seen.repository ? { repository: seen.repository[0] } : {}),
    ...(seen.tag ? { tag: seen.tag[0] } : {}),
    ...(seen.digest ? { digest: seen.digest[0] } : {}),
  };
}

/**
 * The edits that take the fields to `target`: the whole image as
 * `repo:tag@digest` (or `repo:tag` without a digest), the name, the tag, the
 * digest (emptied when the target has none, so an old digest never outlives
 * its tag). A digest with no field to hold it is refused at the first field's line.
 */
export function fieldEdits(
  fields: readonly PinField[],
  file: string,
  what: string,
  current: { repository?: string; tag?: string; digest?: string },
  target: { repository?: string; tag?: string; digest?: string },
): ScalarEdit[] {
  const repository = target.repository ?? current.repository;
  const tag = target.tag ?? current.tag;
  if (target.digest !== undefined && !fields.some((f) => f.form === 'image' || f.form === 'digest'))
    throw new UserError(
      `${what} names only ${[...new Set(fields.map((f) => f.form))].join(' and ')}, so the digest ${target.digest.slice(0, 19)}… cannot be pinned`,
      {
        file,
        line: fields[0].line,
        hint: 'add a field for the digest (a :digest marker, or a whole-image marker whose value is repo:tag@sha256:…)',
      },
    );
  const edits: ScalarEdit[] = [];
  for (const f of fields) {
    let value: string;
    if (f.form === 'image') {
      if (!repository)
        throw new UserError(`${f.label} holds no image name to write the tag and digest beside`, {
          file,
          line: f.line,
          hint: 'write the image there as repo:tag',
        });
      value = `${repository}${tag ? `:${tag}` : ''}${target.digest ? `@${target.digest}` : ''}`;
    } else if (f.form === 'name') value = repository ?? f.value;
    else if (f.form === 'tag') value = tag ?? f.value;
    else value = target.digest ?? '';
    if (value !== f.value) edits.push({ path: f.path, value: `${f.prefix ?? ''}${value}${f.suffix ?? ''}` });
  }
  return edits;
}

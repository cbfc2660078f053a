// The Flux resources a promotion edits (a HelmRelease's chart version or
// values, an OCIRepository's spec.ref, a Flux Kustomization's spec.images or
// substitute variables), validated as the merge leaves them against their
// kinds' schemas (@kubernetes-models/flux-cd, validate/kube.ts), before
// anything is written. Each finding names the file's line of the field and
// its path. A field the schema requires and the document leaves out is not a
// finding here: a file of the repository is often a kustomize patch carrying
// only what it changes, and the whole object is judged where it is rendered.
// The target's `validate` decides: error refuses, warn says each finding as a
// note of the plan, off skips it.

import { isMap, isScalar, isSeq, type Document, type Node } from 'yaml';
import { UserError, UserErrors } from '../errors.ts';
import { parseWith, type ParseCache } from '../text/parse-cache.ts';
import { fluxSchemas, isFluxApi } from '../validate/kube.ts';
import { CrdSchemas } from '../validate/crd.ts';
import { objectFindings } from '../validate/validate.ts';
import { YAML_DOCUMENT, YAML_DOCUMENTS, mapValue, scalarText, type ParsedYaml } from '../yaml/read.ts';
import { PLAIN_DOCUMENT } from '../yaml/plain-document.ts';
import type { RoutedEnvironment } from './request.ts';

/** One edited file: its text before and after the promotion's edits. */
interface EditedFile {
  path: string;
  /** Undefined: a file the edits create. */
  before?: string;
  after?: string;
}

/** A finding at its line. */
interface Located {
  file: string;
  line: number;
  message: string;
}

/**
 * Validates the Flux documents the edits changed in `files`; returns the notes
 * to say (warn mode), throws every finding at its file:line in error mode.
 */
export async function validateFluxEdits(files: readonly EditedFile[], to: RoutedEnvironment, cache?: ParseCache): Promise<string[]> {
  const mode = to.settings.validate;
  if (mode === 'off') return [];
  const edited = files.flatMap((f) => changedFluxDocuments(f, cache));
  if (edited.length === 0) return [];
  const hint = `fix the field in the file, or set validate: warn under ${to.name} in the config; nothing was written`;
  let schemas;
  try {
    // Only Flux's documents are validated here (changedFluxDocuments): Flux's kinds, no built-in one.
    schemas = { kube: await fluxSchemas(), crds: new CrdSchemas() };
  } catch (e) {
    const why = `validate: ${to.name}: schema validation could not run: the Flux schemas did not load: ${(e as Error).message}`;
    if (mode === 'warn') return [why];
    throw new UserError(why, { file: edited[0].parsed.file, line: 1, hint });
  }
  const found: Located[] = [];
  const unvalidated: string[] = [];
  for (const { parsed, doc } of edited) {
    const at = parsed.lineOf(doc.contents) ?? 1;
    let body: Record<string, unknown>;
    try {
      body = doc.toJS({ maxAliasCount: 100 }) as Record<string, unknown>;
    } catch (e) {
      found.push({ file: parsed.file, line: at, message: `the document cannot be read as data: ${(e as Error).message}` });
      continue;
    }
    const kind = String(body.kind ?? '');
    const label = `${kind} ${scalarText(mapValue(mapValue(doc.contents, 'metadata'), 'name')) ?? ''}`.trim();
    const problems = objectFindings({ apiVersion: String(body.apiVersion), kind, body }, schemas);
    // A Flux API the package does not describe is said, not refused, as a rendered object of it is.
    if (problems === undefined)
      unvalidated.push(`validate: ${to.name}: ${parsed.file}:${at}: not validated: no schema for ${String(body.apiVersion)} ${kind}`);
    for (const p of problems ?? [])
      if (p.keyword !== 'required')
        found.push({ file: parsed.file, line: lineOfField(parsed, doc, p.at), message: `${label}: ${p.message}` });
  }
  if (found.length === 0) return unvalidated;
  found.sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
  if (mode === 'warn') return [...found.map((f) => `validate: ${to.name}: ${f.file}:${f.line}: ${f.message}`), ...unvalidated];
  const errors = found.map((f) => new UserError(`validate: ${to.name}: ${f.message}`, { file: f.file, line: f.line, hint }));
  throw errors.length === 1 ? errors[0] : new UserErrors(errors);
}

/** The Flux documents of a file whose text the edits changed (a document left as it was is not judged here). */
function changedFluxDocuments(f: EditedFile, cache?: ParseCache): { parsed: ParsedYaml; doc: Document.Parsed }[] {
  if (f.after === undefined || f.before === f.after || !/\.ya?ml$/i.test(f.path)) return [];
  // A single-document file's edit was checked on the parse its next readers share (edits/check.ts): that parse
  // lists the same documents as the multi-document kind would, so it is read, not made again (a 1,000-service
  // values file: ~150 ms and its garbage).
  const body = f.after.replace(/^\ufeff/, '');
  const parsed = cache?.peek(YAML_DOCUMENT, body, f.path);
  // A text js-yaml reads as the yaml package does is one document (yaml/plain-document.ts; the check of a values
  // file's edit read it so, into the same cache): without a Flux apiVersion at its top it holds no Flux document,
  // and the yaml package's tree of it is not composed.
  if (parsed === undefined) {
    const plain = parseWith(cache, PLAIN_DOCUMENT, body);
    if (plain !== undefined && !fluxObject(plain.data)) return [];
  }
  const after = parsed ?? parseWith(cache, YAML_DOCUMENTS, body, f.path);
  const flux = (after.documents ?? [after.doc]).flatMap((doc, i) => {
    const apiVersion = scalarText(mapValue(doc.contents, 'apiVersion'));
    return apiVersion !== undefined && isFluxApi(apiVersion) && isMap(doc.contents) ? [{ doc, i }] : [];
  });
  if (flux.length === 0 || f.before === undefined) return flux.map(({ doc }) => ({ parsed: after, doc }));
  // The text before the edits was let go by the plan's cache: read once here, not kept.
  const before = parseWith(undefined, YAML_DOCUMENTS, f.before.replace(/^\ufeff/, ''), f.path);
  const source = (p: ParsedYaml, d: Document.Parsed) => p.text.slice(d.range[0], d.range[1]);
  const was = (before.documents ?? [before.doc]).map((d) => source(before, d));
  return flux.filter(({ doc, i }) => was[i] !== source(after, doc)).map(({ doc }) => ({ parsed: after, doc }));
}

/** Data a document read as a mapping whose apiVersion is a Flux API (what the yaml tree's test below finds). */
function fluxObject(data: unknown): boolean {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return false;
  const apiVersion = (data as Record<string, unknown>).apiVersion;
  return typeof apiVersion === 'string' && Object.hasOwn(data, 'apiVersion') && isFluxApi(apiVersion);
}

/** The line of the field at `at` in the document: its key's line, else the nearest enclosing field's. */
function lineOfField(parsed: ParsedYaml, doc: Document.Parsed, at: readonly (string | number)[]): number {
  let node: unknown = doc.contents;
  let line = parsed.lineOf(doc.contents) ?? 1;
  for (const key of at) {
    if (typeof key === 'number' && isSeq(node)) {
      node = node.items[key];
      line = parsed.lineOf(node as Node) ?? line;
    } else if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
      if (!pair) break;
      line = parsed.lineOf(pair.key as Node) ?? line;
      node = pair.value;
    } else break;
  }
  return line;
}

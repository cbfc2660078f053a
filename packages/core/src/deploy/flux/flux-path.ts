// A Flux Kustomization read from its file: whether a text is one (kustomize.toolkit.fluxcd.io), and the folder
// its `spec.path` names in this repository (the overlay kustomize-controller builds). Where a promotion writes
// the pins of such an environment is promote's (promote/flux-path.ts).

import { UserError } from '../../errors.ts';
import { parseWith, type ParseCache } from '../../text/parse-cache.ts';
import { YAML_DOCUMENTS, mapValue, scalarText } from '../../yaml/read.ts';

/** True when the text is a Flux Kustomization (kustomize.toolkit.fluxcd.io). */
export function isFluxKustomization(text: string, file: string, cache?: ParseCache): boolean {
  const parsed = parseWith(cache, YAML_DOCUMENTS, text.replace(/^\ufeff/, ''), file);
  const doc = parsed.documents?.[0] ?? parsed.doc;
  return (
    scalarText(mapValue(doc.contents, 'apiVersion'))?.startsWith('kustomize.toolkit.fluxcd.io/') === true &&
    scalarText(mapValue(doc.contents, 'kind')) === 'Kustomization'
  );
}

/**
 * The folder `spec.path` names, relative to the repository root (`./apps/prod` → `apps/prod`), with its line;
 * undefined when the Kustomization has no path or builds an artifact that is not this repository (an
 * OCIRepository or Bucket source). A path that climbs out with `..` is refused at its line.
 */
export function fluxPathOf(text: string, file: string, cache?: ParseCache): { dir: string; line: number } | undefined {
  const parsed = parseWith(cache, YAML_DOCUMENTS, text.replace(/^\ufeff/, ''), file);
  const doc = parsed.documents?.[0] ?? parsed.doc;
  const spec = mapValue(doc.contents, 'spec');
  const source = scalarText(mapValue(mapValue(spec, 'sourceRef'), 'kind'));
  if (source !== undefined && source !== 'GitRepository') return undefined;
  const node = mapValue(spec, 'path');
  const path = scalarText(node);
  if (path === undefined) return undefined;
  const line = parsed.lineOf(node) ?? 1;
  const segments = path.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.includes('..') || /[\\\0]/.test(path))
    throw new UserError(`spec.path ${path} climbs out of the folder it names (..), so lockstep cannot tell which overlay Flux builds`, {
      file,
      line,
      hint: 'write spec.path from the repository root, e.g. ./apps/production',
    });
  return { dir: segments.join('/') || '.', line };
}

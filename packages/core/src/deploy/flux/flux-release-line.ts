// Where a HelmRelease starts in its file: the line a failed render of it is
// said at. The flux2-kustomize-helm-example layout keeps a HelmRepository and
// its HelmRelease in one file (`---` between them), so line 1 names the
// HelmRepository; the first line of the HelmRelease's own document (after
// its `---`) is what a reader should be sent to.

import { UserError } from '../../errors.ts';
import { parseWith, type ParseCache } from '../../text/parse-cache.ts';
import { YAML_DOCUMENTS } from '../../yaml/read.ts';
import { releaseDocument } from './flux.ts';

type Read = (path: string) => Promise<string | undefined>;

/**
 * The 1-based line of the HelmRelease `release` (`<file>[#<name>]`) names in `text`: its document's first
 * line (its first key, past the `---` and any comment); 1 when the text does not parse or holds no such
 * HelmRelease (the render's own message says why).
 */
export function releaseLine(release: string, text: string | undefined, cache?: ParseCache): number {
  if (text === undefined) return 1;
  const file = release.replace(/#.*$/, '');
  try {
    const index = releaseDocument(release, text, file, cache) ?? 0;
    const parsed = parseWith(cache, YAML_DOCUMENTS, text.replace(/^\ufeff/, ''), file);
    const doc = (parsed.documents ?? [parsed.doc])[index];
    return parsed.lineOf(doc?.contents) ?? 1;
  } catch (e) {
    if (e instanceof UserError) return 1;
    throw e;
  }
}

/** The HelmRelease's file and the line of its document, read through `read` (releaseLine). */
export async function releaseWhere(release: string, read: Read, cache?: ParseCache): Promise<{ file: string; line: number }> {
  const file = release.replace(/#.*$/, '');
  return { file, line: releaseLine(release, await read(file), cache) };
}

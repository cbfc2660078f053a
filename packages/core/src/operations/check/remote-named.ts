// What the pull request check may contact for a Flux HelmRelease's remote chart: only a repository or registry
// the base commit already names (the spec.url of a HelmRepository or OCIRepository among the documents its
// releases read). A pull request's text is untrusted: a source URL it introduces (a service of the runner on
// 127.0.0.1, any https host) is never contacted, so its answer never reaches the public summary. The release is
// then not rendered, which fails a protected environment closed at the line that writes the new URL
// (render-guards.ts), and is a warning elsewhere.

import type { FluxRelease } from '../../deploy/flux/flux-release.ts';
import type { Unavailable } from '../../render/render.ts';

/** A source URL as the check compares it: trimmed, without trailing slashes. */
export const sourceKey = (url: string): string => url.trim().replace(/\/+$/, '');

/** What to do about a source the base does not name. */
const UNNAMED_HINT =
  'add the new source in a pull request of its own that no release uses yet (a HelmRepository or OCIRepository beside the release); once it is merged, point the release at it';

/** The 1-based line of `file`'s text whose `url:` writes `url`, else 1. */
function urlLine(text: string | undefined, url: string): number {
  const lines = (text ?? '').split('\n');
  const at = lines.findIndex((l) => {
    const value = /^\s*url:(.*)$/.exec(l)?.[1];
    if (value === undefined) return false;
    const bare = value
      .replace(/\s#.*$/, '')
      .trim()
      .replace(/^(["'])(.*)\1$/, '$2');
    return sourceKey(bare) === url;
  });
  return at >= 0 ? at + 1 : 1;
}

/**
 * The release's remote source when the base does not name it: the side the check cannot render, refused at the
 * line of the head's source document that writes the URL. Undefined when `named` (the base's sources) holds it.
 */
export async function unnamedSource(
  now: FluxRelease,
  named: ReadonlySet<string>,
  readHead: (path: string) => Promise<string | undefined>,
): Promise<Unavailable | undefined> {
  const at = now.sourceAt;
  if (!at || named.has(sourceKey(at.url))) return undefined;
  return {
    unavailable: `chart ${now.source.chart ?? 'chart'} ${now.version} comes from ${at.url}, which the base commit does not name: the pull request check contacts only the repositories and registries the base names, so it is not pulled`,
    refused: { file: at.file, line: urlLine(await readHead(at.file), at.url), hint: UNNAMED_HINT },
  };
}

/** The source URLs the base's releases read (each environment's HelmRelease at the base; one that does not read, none). */
export function namedAtBase(releases: readonly (FluxRelease | Error)[]): Set<string> {
  return new Set(releases.flatMap((r) => (r instanceof Error ? [] : r.sourcesNamed.map(sourceKey))));
}

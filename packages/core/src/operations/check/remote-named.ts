// What the pull request check may contact for a chart no folder of this repository holds: only a repository or
// registry the base commit already names — the repoURL of an environment's Argo CD Application, or the spec.url of a
// HelmRepository or OCIRepository among the documents a HelmRelease environment reads — one set for every kind
// (baseNamed, read once when first asked). A pull request's text is untrusted: a source URL it introduces (a service
// of the runner on 127.0.0.1, any https host) is never contacted, so its answer never reaches the public summary.
// The environment is then not rendered, which fails a protected environment closed at the line that writes the new
// URL (render-guards.ts), and is a warning elsewhere.

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

/** The repositories and registries the base commit names (sourceKey), read once, when a first chart asks. */
export type BaseNamed = () => Promise<ReadonlySet<string>>;

/** One BaseNamed of the kinds' own answers (the base's Applications' repoURLs, its releases' sources). */
export function baseNamed(parts: readonly (() => Promise<Iterable<string>>)[]): BaseNamed {
  let named: Promise<ReadonlySet<string>> | undefined;
  return () => (named ??= Promise.all(parts.map((p) => p())).then((all) => new Set(all.flatMap((a) => [...a].map(sourceKey)))));
}

/** Why a chart from `url` is not pulled: the base names no such source. */
export const unnamedWords = (chart: string, version: string, url: string): string =>
  `chart ${chart} ${version} comes from ${url}, which the base commit does not name: the pull request check contacts only the repositories and registries the base names, so it is not pulled`;

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
    unavailable: unnamedWords(now.source.chart ?? 'chart', now.version, at.url),
    refused: { file: at.file, line: urlLine(await readHead(at.file), at.url), hint: UNNAMED_HINT },
  };
}

/** The source URLs the base's releases read (each environment's HelmRelease at the base; one that does not read, none). */
export function namedAtBase(releases: readonly (FluxRelease | Error)[]): Set<string> {
  return new Set(releases.flatMap((r) => (r instanceof Error ? [] : r.sourcesNamed.map(sourceKey))));
}

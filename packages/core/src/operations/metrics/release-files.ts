// What prepare-release writes in this repository, as its config says: a commit whose trailers say it is a
// release counts as one (and leaves lead time) only when it changed these files and nothing else
// (records/release-commits.ts).

import type { Config } from '../../config/config.ts';
import { releaseWritesByName } from '../../records/release-commits.ts';
import { globMatcher } from '../../text/glob.ts';

/** The files a release commit may change: the version file, the `packages:` and `pins:` files, and every file releaseWritesByName names. */
export function releaseFilesOf(config: Config): (path: string) => boolean {
  const globs = [...config.packages, ...(config.pins ?? []).map((p) => p.files)];
  const configured = globs.length > 0 ? globMatcher(globs, { key: 'packages' }) : () => false;
  return (path) => path === config.versionFile || releaseWritesByName(path) || configured(path);
}

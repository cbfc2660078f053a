import semver from 'semver';
import { unset, UserError, words } from '../errors.ts';
import type { Bump } from './conventional.ts';

/** What a breaking change does below 1.0.0. */
export type PreMajor = 'minor' | 'major';

/** Everything the next version depends on. */
export interface NextVersionRequest {
  /** The last stable release (no tag prefix); undefined when there is none. */
  last?: string;
  bump: Bump;
  /** Used when there is no release yet. */
  initialVersion: string;
  preMajor: PreMajor;
  /** Pre-release identifier (e.g. `rc`): the result is `X.Y.Z-rc.N`. */
  prerelease?: string;
  /** Every version already tagged (pre-releases included), to count N up from. */
  existing: readonly string[];
  /** The `version` input, which overrides the computed version. */
  explicit?: string;
  /** The highest `Release-As:` footer of the range. */
  releaseAs?: string;
}

/** The next version and the bump that produced it (`none`: nothing to release). */
export interface NextVersion {
  version?: string;
  bump: Bump;
}

/**
 * Versions of tags named `<prefix>X.Y.Z[-pre]` (exactly: `v01.2.3` or
 * `v1.2` do not count), without the prefix.
 */
export function versionsFromTags(tags: readonly string[], prefix: string): string[] {
  const out: string[] = [];
  for (const t of tags) {
    if (!t.startsWith(prefix)) continue;
    const v = t.slice(prefix.length);
    if (semver.valid(v) === v && /^\d/.test(v)) out.push(v);
  }
  return out;
}

/** The newest stable version by SemVer precedence; pre-releases never count as the last release. */
export function latestStable(versions: readonly string[]): string | undefined {
  const stable = versions.filter((v) => semver.prerelease(v) === null);
  return stable.length === 0 ? undefined : semver.rsort([...stable])[0];
}

/** The level a bump really applies below 1.0.0 (a breaking change moves the minor unless pre-major is major). */
export function effectiveBump(last: string, bump: Bump, preMajor: PreMajor): Bump {
  if (bump === 'major' && semver.major(last) === 0 && preMajor === 'minor') return 'minor';
  return bump;
}

/**
 * Computes the next version: the `version` input wins (it must be SemVer and
 * greater than the last release), then a `Release-As` footer greater than the
 * last release, then the bump from the commits; with no release yet the
 * initial version. A pre-release identifier yields `X.Y.Z-<id>.N` with N one
 * more than the highest already tagged for that X.Y.Z (starting at 1).
 */
export function nextVersion(req: NextVersionRequest): NextVersion {
  if (req.explicit !== undefined) {
    const v = req.explicit;
    if (semver.valid(v) !== v)
      throw new UserError(`is '${v}', not a SemVer version`, { input: 'version', hint: 'use MAJOR.MINOR.PATCH without a v, e.g. 1.4.0' });
    if (req.last && !semver.gt(v, req.last))
      throw new UserError(`${v} is not greater than the last release ${req.last}`, {
        input: 'version',
        hint: words`give a version above ${req.last}, or ${unset('version')} to compute it`,
      });
    return { version: v, bump: req.last ? levelBetween(req.last, v) : req.bump };
  }
  if (req.releaseAs && (!req.last || semver.gt(req.releaseAs, req.last))) {
    return { version: withPre(req.releaseAs, req), bump: req.last ? levelBetween(req.last, req.releaseAs) : req.bump };
  }
  if (!req.last) return { version: withPre(req.initialVersion, req), bump: req.bump };
  const bump = effectiveBump(req.last, req.bump, req.preMajor);
  if (bump === 'none') return { bump: 'none' };
  return { version: withPre(semver.inc(req.last, bump)!, req), bump };
}

function withPre(base: string, req: NextVersionRequest): string {
  if (!req.prerelease) return base;
  let n = 0;
  for (const v of req.existing) {
    const pre = semver.prerelease(v);
    if (!pre || `${semver.major(v)}.${semver.minor(v)}.${semver.patch(v)}` !== base) continue;
    if (pre.length === 2 && pre[0] === req.prerelease && typeof pre[1] === 'number') n = Math.max(n, pre[1]);
  }
  return `${base}-${req.prerelease}.${n + 1}`;
}

function levelBetween(from: string, to: string): Bump {
  const d = semver.diff(from, to);
  if (d === 'major' || d === 'premajor') return 'major';
  if (d === 'minor' || d === 'preminor') return 'minor';
  return 'patch';
}

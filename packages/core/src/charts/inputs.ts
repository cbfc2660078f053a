import { UserError } from '../errors.ts';

// The input checks of a bump, kept apart from charts/bump.ts and charts/base.ts so that reading
// and refusing the inputs loads neither the YAML library nor semver (the action's cold start).

// SemVer 2.0.0's grammar (semver.org): numbers without leading zeros, dot-separated pre-release
// identifiers (a numeric one without leading zeros), build identifiers. Written out rather than taken
// from semver, whose module builds its table of about 40 patterns when loaded (0.7 ms of every start).
const NUMBER = '(?:0|[1-9][0-9]*)';
const PRE_RELEASE_ID = '(?:0|[1-9][0-9]*|[0-9]*[A-Za-z-][0-9A-Za-z-]*)';
const BUILD_ID = '[0-9A-Za-z-]+';
const SEMVER_2 = new RegExp(
  `^v?(${NUMBER})\\.(${NUMBER})\\.(${NUMBER})(?:-${PRE_RELEASE_ID}(?:\\.${PRE_RELEASE_ID})*)?(?:\\+${BUILD_ID}(?:\\.${BUILD_ID})*)?$`,
);

/**
 * What semver's valid() accepts (strict mode): the text trimmed is SemVer 2
 * with an optional `v`, at most 256 characters before trimming, and each of
 * major, minor and patch a safe integer. Equal to valid() on every input
 * (charts/inputs.test.ts compares them).
 */
export function isSemver(v: string): boolean {
  if (v.length > 256) return false;
  const m = SEMVER_2.exec(v.trim());
  return m !== null && m.slice(1, 4).every((n) => Number(n) <= Number.MAX_SAFE_INTEGER);
}

/** The `version` input (or another named one) as a SemVer 2 chart version, without a `v`; anything else is a UserError. */
export function parseVersionInput(v: string, input: string): string {
  if (!isSemver(v) || /^[v=]/i.test(v))
    throw new UserError(`input '${input}' is '${v}', not a SemVer 2 version`, {
      hint: 'use MAJOR.MINOR.PATCH, e.g. 1.4.0, 1.4.0-rc.2 or 0.0.0-pr-12-abc1234',
    });
  return v;
}

/** A base ref is data for git, never an option or a range. */
export function checkBaseRef(ref: string): void {
  if (ref.startsWith('-') || /[\s\0]/.test(ref) || ref.includes('..'))
    throw new UserError(`input 'base': '${ref}' is not a ref or commit`, { hint: 'use a branch, tag or commit sha' });
}

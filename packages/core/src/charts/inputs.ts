import { UserError } from '../errors.ts';

// The input checks of a bump, kept apart from charts/bump.ts and charts/base.ts so that reading
// and refusing the inputs loads neither the YAML library nor semver (the action's cold start): semver's
// valid() is loaded only when a version input is given (its module builds ~40 patterns when loaded).

/** The `version` input (or another named one) as a SemVer 2 chart version, without a `v`; anything else is a UserError. */
export async function parseVersionInput(v: string, input: string): Promise<string> {
  const { default: valid } = await import('semver/functions/valid.js');
  if (!valid(v) || /^[v=]/i.test(v))
    throw new UserError(`is '${v}', not a SemVer 2 version`, {
      input: input,
      hint: 'use MAJOR.MINOR.PATCH, e.g. 1.4.0, 1.4.0-rc.2 or 0.0.0-pr-12-abc1234',
    });
  return v;
}

/** A base ref is data for git, never an option or a range. */
export function checkBaseRef(ref: string): void {
  if (ref.startsWith('-') || /[\s\0]/.test(ref) || ref.includes('..'))
    throw new UserError(`: '${ref}' is not a ref or commit`, { input: 'base', hint: 'use a branch, tag or commit sha' });
}

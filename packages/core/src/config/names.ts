import { UserError } from '../errors.ts';

// Light on purpose: chart-bump-check reads its config at the base commit and loads the config
// loader (and its schema validator) only when there is a file; this module serves both lookups.

/** `.yml` for `.yaml` and back (undefined for any other name): the file a user most likely meant when theirs is missing. */
export function otherConfigExtension(rel: string): string | undefined {
  if (/\.yml$/i.test(rel)) return rel.replace(/\.yml$/i, '.yaml');
  if (/\.yaml$/i.test(rel)) return rel.replace(/\.yaml$/i, '.yml');
  return undefined;
}

/** A missing config file whose other-extension sibling exists (`where`: ' at the base commit', or nothing). */
export function siblingConfigError(rel: string, sibling: string, where = ''): UserError {
  return new UserError(`config file ${rel} does not exist${where}`, {
    hint: `did you mean ${sibling}? (rename it, or set config: ${sibling} under with:)`,
    cliHint: `did you mean ${sibling}? (rename it, or pass --config ${sibling})`,
  });
}

// The branch a promotion into an environment is published on (`promote/<environment>`), its pull
// request's head: named here once, for the run that pushes it, break-glass's label lookup and
// notify-pulls' reading of a merged promotion.

const PREFIX = 'promote/';

/** The promotion branch's name, read both ways. */
export const PromotionBranch = {
  /** The branch a promotion into `environment` is published on. */
  of: (environment: string): string => `${PREFIX}${environment}`,
  /** Whether `branch` is a promotion branch. */
  is: (branch: string | undefined): boolean => branch?.startsWith(PREFIX) ?? false,
  /** The environment a promotion branch promotes into. */
  environment: (branch: string): string => branch.slice(PREFIX.length),
};

// The release's heavy modules, each behind a named getter and loaded on first use: the one place its
// run imports dynamically (index.ts loads the run and the views).

/** The ports of a real run: git, the GitHub client and publishing (release/bind.ts). */
export const releaseBinding = () => import('../../release/bind.ts');
/** The ports of a dry run: git only, without the GitHub client (release/bind-dry.ts). */
export const dryRunBinding = () => import('../../release/bind-dry.ts');

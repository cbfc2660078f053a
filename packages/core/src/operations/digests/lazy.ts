// capture-digests' heavy modules, each behind a named getter and loaded on first use: the one place
// its run imports dynamically (index.ts loads the run and the views).

/** The config checks (every command refuses the same config), only when the images come from the config. */
export const configChecks = () => import('../../settings/validate.ts');
/** The config's verify: policies, only when the images come from the config. */
export const configLoader = () => import('../../config/config.ts');

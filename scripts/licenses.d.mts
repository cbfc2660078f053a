/** The package folders (e.g. `node_modules/@octokit/core`) of every module in webpack stats. */
export function bundledPackageDirs(stats: unknown): string[];
/** One entry per bundled package, sorted. */
export function packageLicenses(root: string, dirs: string[]): { name: string; version: string; license: string; text: string }[];
/** licenses.txt text. */
export function renderLicenses(entries: { name: string; version: string; license: string; text: string }[]): string;

export const PREREQUISITES: ReadonlyArray<{ program: string; pkg: string }>;
/** The first executable `program` on `searchPath` (PATH's form), or undefined. */
export function findProgram(program: string, searchPath?: string): string | undefined;
/** The Debian packages whose programs are not on `searchPath`. */
export function missingPackages(searchPath?: string): string[];
/** Makes sure the programs are there: exit code and at most one line for standard error. */
export function ensurePrereqs(options?: { optional?: boolean; env?: NodeJS.ProcessEnv; isRoot?: boolean }): { code: number; line?: string };

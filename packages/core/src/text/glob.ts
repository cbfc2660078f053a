import picomatch from 'picomatch';
import { UserError } from '../errors.ts';

// picomatch compiles a glob to a backtracking regex: each `**` and `*` becomes a lazy loop, and the
// loops of one glob multiply: `a/**/` sixteen times against a path 40 folders deep ran for minutes.
// A pull request can write the globs (its config, when the summary shows what it would decide) and
// the paths. So the globs picomatch sees are bounded here (length, `**`, loops) and every matcher
// has a time budget; past either, the run fails closed with an error that names the glob.

/** Longest glob matched. */
export const MAX_GLOB_LENGTH = 256;
/** At most this many `**` in one glob: each one is a loop over a whole path. */
export const MAX_GLOBSTARS = 2;
/** At most this many loops (`*`, `**`, `*(…)`, `+(…)`) in one glob. */
export const MAX_GLOB_LOOPS = 3;
/** Time one matcher may spend over a run before it fails closed. */
const MATCH_BUDGET_MS = 2000;

/**
 * Why picomatch must not be given this glob, as the words after `'glob'` in
 * an error; undefined when it is within the bounds.
 */
export function globProblem(glob: string): string | undefined {
  if (glob.length > MAX_GLOB_LENGTH) return `is ${glob.length} characters long; lockstep matches globs of at most ${MAX_GLOB_LENGTH}`;
  const globstars = glob.match(/\*\*/g)?.length ?? 0;
  if (globstars > MAX_GLOBSTARS)
    return `holds ${globstars} '**'; lockstep matches at most ${MAX_GLOBSTARS} in one glob, since each one multiplies the work of matching a deep path`;
  const loops = (glob.match(/\*+|[+*]\(/g) ?? []).length;
  if (loops > MAX_GLOB_LOOPS)
    return `holds ${loops} wildcards (* or **); lockstep matches at most ${MAX_GLOB_LOOPS} in one glob, since each one multiplies the work of matching a long path`;
  return undefined;
}

/** The hint that goes with globProblem. */
export const GLOB_HINT = 'shorten the glob (name the folders, or use one **)';

/** Where a glob came from, for the error: an input or a config file line. */
export interface GlobSource {
  input?: string;
  file?: string;
  line?: number;
  key?: string;
}

/** The error for a glob outside the bounds, or undefined. */
export function globError(glob: string, where: GlobSource = {}): UserError | undefined {
  const problem = globProblem(glob);
  if (!problem) return undefined;
  if (!where.file && where.input) return new UserError(`: '${glob}' ${problem}`, { input: where.input, hint: GLOB_HINT });
  return new UserError(`${where.file ? (where.key ?? 'glob') : 'glob'}: '${glob}' ${problem}`, {
    file: where.file,
    line: where.line,
    hint: GLOB_HINT,
  });
}

/**
 * picomatch over bounded globs (`dot: true`): a glob outside the bounds is a
 * UserError (naming `where`), and a matcher that has spent its time budget
 * throws one instead of matching on.
 */
export function globMatcher(globs: string | readonly string[], where: GlobSource = {}): (path: string) => boolean {
  const list = typeof globs === 'string' ? [globs] : globs;
  for (const g of list) {
    const e = globError(g, where);
    if (e) throw e;
  }
  const match = picomatch(list as string[], { dot: true });
  let spent = 0;
  return (path) => {
    const started = performance.now();
    const r = match(path);
    spent += performance.now() - started;
    if (spent > MATCH_BUDGET_MS) {
      const what = `matching ${list.length === 1 ? `'${list[0]}'` : `the globs ${list.map((g) => `'${g}'`).join(', ')}`} against the repository's paths took over ${MATCH_BUDGET_MS / 1000} s`;
      if (where.key === undefined && where.input !== undefined) throw new UserError(`: ${what}`, { input: where.input, hint: GLOB_HINT });
      throw new UserError(`${where.key ?? 'glob'}: ${what}`, { file: where.file, line: where.line, hint: GLOB_HINT });
    }
    return r;
  };
}

/** Whether a config path names many files: a glob's magic, or a folder (a trailing `/`). */
export function isPattern(path: string): boolean {
  return path.endsWith('/') || picomatch.scan(path).isGlob;
}

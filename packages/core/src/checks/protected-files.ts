import { UserError } from '../errors.ts';
import { globMatcher } from '../text/glob.ts';
import { checkPinnedImages } from '../values/protected.ts';
import type { PathSet } from './types.ts';
import { normalizePath } from './chart-context.ts';
import { fromUserError, type Problem } from './problem.ts';

/** The protected values files at the head: the exact paths that exist, and every path a glob matches. */
export function selectProtected(head: PathSet, files: readonly string[], globs: readonly string[]): string[] {
  const out = new Set<string>();
  for (const f of files) {
    const p = normalizePath(f);
    if (head.has(p)) out.add(p);
  }
  if (globs.length > 0) {
    const match = globMatcher(globs.map(normalizePath), { input: 'protected-values' });
    for (const p of head) if (match(p)) out.add(p);
  }
  return [...out].sort();
}

/** Every image of each protected values file must be pinned by digest; one finding per image that is not. */
export async function checkProtected(files: string[], read: (p: string) => Promise<string | undefined>): Promise<Problem[]> {
  const out: Problem[] = [];
  for (const file of files) {
    try {
      for (const p of checkPinnedImages((await read(file)) ?? '', file))
        out.push({ level: 'error', file: p.file, line: p.line, message: p.message, hint: p.hint });
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      out.push(fromUserError(e));
    }
  }
  return out;
}

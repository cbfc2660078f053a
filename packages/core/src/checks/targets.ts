import type { ChartEntry } from '../charts/selection.ts';
import { chartPatternMatcher, normalizePattern } from '../charts/discover.ts';
import { UserError } from '../errors.ts';
import { GLOB_HINT, globMatcher, globProblem } from '../text/glob.ts';
import { suggestPattern } from '../charts/suggest.ts';

/**
 * A chart pattern, glob or path the user gave, with where it came from: an
 * input (`input`) or a config file line (`file`, `line`): the one shape
 * charts/selection.ts declares as ChartEntry. `pattern` is relative to the
 * repository's top; `written` is the text as the user wrote it (relative to
 * working-directory), for messages; `key` names the config key in a
 * config-file message, e.g. `environments[2].values`.
 */
export type Target = ChartEntry;

/** A bare string is a target from the named input. */
export type TargetLike = string | Target;

/** What the targets are checked against: paths at the head and at the base. */
export interface TargetTrees {
  head: ReadonlySet<string>;
  base: ReadonlySet<string>;
  /** Top chart folders (not subcharts) at head and base together. */
  chartDirs: readonly string[];
  /** The working directory's path from the repository's top ('' at the top), to show paths as the user writes them. */
  prefix?: string;
}

/** The three kinds of target chart-bump-check takes. */
export interface TargetSet {
  charts?: readonly TargetLike[];
  /** Exact files that must exist (config environments' values files). */
  files?: readonly TargetLike[];
  /** Globs of files (input protected-values). */
  globs?: readonly TargetLike[];
}

/**
 * Every pattern or configured path that matches nothing — no chart folder, no
 * file — at the head or at the base, as user errors naming the input or the
 * config line, with the nearest existing path as a suggestion. A guard must
 * never pass because what it guards vanished behind a typo.
 */
export function unmatchedTargets(set: TargetSet, trees: TargetTrees): UserError[] {
  const errors: UserError[] = [];
  const prefix = (trees.prefix ?? '').replace(/\/+$/, '');
  const shown = (p: string) => (prefix && p.startsWith(`${prefix}/`) ? p.slice(prefix.length + 1) : prefix && p === prefix ? '.' : p);
  const under = (paths: Iterable<string>) => [...paths].filter((p) => !prefix || p.startsWith(`${prefix}/`));
  const files = () => (filesCache ??= under(new Set([...trees.head, ...trees.base])));
  let filesCache: string[] | undefined;

  const chartTargets = (set.charts ?? []).map((t) => asTarget(t, 'charts'));
  if (chartTargets.length > 0) {
    const dirs = under(trees.chartDirs);
    for (const t of chartTargets) {
      const pattern = normalizePattern(t.pattern);
      // A glob picomatch could spin on is refused before it is matched against anything.
      const problem = globProblem(pattern);
      if (problem) {
        errors.push(error(t, problem, GLOB_HINT));
        continue;
      }
      const matches = chartPatternMatcher([pattern]);
      if (trees.chartDirs.some(matches)) continue;
      // Folders holding charts, and the charts themselves: what a chart pattern may name.
      const folders = [...new Set(dirs.flatMap(ancestors))];
      const guess = suggestPattern(pattern, folders, (p) => dirs.some(chartPatternMatcher([p])));
      const list = dirs.slice(0, 5).map(shown);
      errors.push(
        error(
          t,
          'matches no chart (no folder holding a Chart.yaml) at the head or the base',
          guess
            ? `did you mean ${shown(guess)}?`
            : list.length > 0
              ? `charts here: ${list.join(', ')}${dirs.length > 5 ? ', …' : ''}`
              : 'no Chart.yaml was found under the working directory',
        ),
      );
    }
  }
  for (const t of (set.files ?? []).map((f) => asTarget(f, 'config'))) {
    const path = normalizePattern(t.pattern);
    if (trees.head.has(path) || trees.base.has(path)) continue;
    const guess = suggestPattern(path, files(), (p) => trees.head.has(p) || trees.base.has(p));
    errors.push(
      error(
        t,
        'does not exist at the head or the base',
        guess ? `did you mean ${shown(guess)}?` : 'fix the path (relative to the working directory)',
      ),
    );
  }
  for (const t of (set.globs ?? []).map((g) => asTarget(g, 'protected-values'))) {
    const glob = normalizePattern(t.pattern);
    const problem = globProblem(glob);
    if (problem) {
      errors.push(error(t, problem, GLOB_HINT));
      continue;
    }
    const match = globMatcher(glob, t);
    if (someMatch(trees.head, match) || someMatch(trees.base, match)) continue;
    const guess = suggestPattern(glob, files(), (p) => {
      const m = globMatcher(p, t);
      return files().some((f) => m(f));
    });
    errors.push(
      error(
        t,
        'matches no file at the head or the base',
        guess ? `did you mean ${shown(guess)}?` : 'fix the glob (relative to the working directory)',
      ),
    );
  }
  return errors;

  function error(t: Target, what: string, hint: string): UserError {
    const text = t.written ?? shown(t.pattern);
    if (t.file) return new UserError(`${t.key ?? 'path'}: '${text}' ${what}`, { file: t.file, line: t.line, hint });
    return new UserError(`: '${text}' ${what}`, { input: t.input, hint });
  }
}

/** The pattern of a target (a bare string is its own pattern). */
export function patternOf(t: TargetLike): string {
  return typeof t === 'string' ? t : t.pattern;
}

function asTarget(t: TargetLike, input: string): Target {
  return typeof t === 'string' ? { pattern: t, input } : { input, ...t };
}

function someMatch(paths: ReadonlySet<string>, match: (p: string) => boolean): boolean {
  for (const p of paths) if (match(p)) return true;
  return false;
}

/** `a/b/c` → `a`, `a/b`, `a/b/c`. */
function ancestors(dir: string): string[] {
  const parts = dir.split('/');
  return parts.map((_, i) => parts.slice(0, i + 1).join('/'));
}

// Which DRY commit comes after which: the question hydrate-env asks before writing a proposed branch (a run
// for an older DRY commit never rolls a newer render back, issue 73 item 2) and before noting a hydrated commit
// (a note only moves forward). A DRY commit the clone lacks (a shallow checkout holds HEAD alone) is fetched
// from origin first; with it, HEAD's history between the two arrives too, since the clone has HEAD.

import { fetchRefs } from './commits.ts';
import { UserError } from '../errors.ts';
import { isCommitId } from './refs.ts';
import type { GitSpawner } from './spawn.ts';

/**
 * Which of `candidates` are strictly newer DRY commits than `dry` (have it as a proper ancestor); the ones this
 * clone lacks fetched from origin first. One that neither holds is not newer.
 */
export async function laterDryCommits(git: GitSpawner, dry: string, candidates: Iterable<string>): Promise<Set<string>> {
  const wanted = [...new Set(candidates)].filter((c) => c !== dry && isCommitId(c));
  if (wanted.length === 0) return new Set();
  const held = await git(['rev-list', '--no-walk', '--ignore-missing', ...wanted]);
  const present = new Set(held.code === 0 ? held.stdout.toString('utf8').split('\n').filter(Boolean) : []);
  const missing = wanted.filter((c) => !present.has(c));
  // A commit origin does not have either stays missing, and rev-list below counts it as not newer.
  if (missing.length > 0) await fetchRefs(git, 'origin', missing);
  return descendantsOf(git, dry, new Set(wanted));
}

/**
 * Which of `candidates` have `dry` as a proper ancestor, in one `git rev-list` of the commits they reach and `dry`
 * does not: a path from a candidate down to `dry` runs through such commits only (each is a descendant of `dry`,
 * so none is its ancestor), so a candidate is later when, inside them, it reaches a commit whose parent is `dry`.
 * Candidates this clone does not hold are not later (`--ignore-missing`), as `merge-base --is-ancestor` said.
 */
export async function descendantsOf(git: GitSpawner, dry: string, candidates: ReadonlySet<string>): Promise<Set<string>> {
  const later = new Set<string>();
  if (candidates.size === 0) return later;
  const r = await git(['rev-list', '--parents', '--ignore-missing', ...candidates, `^${dry}`]);
  if (r.code !== 0) throw new UserError(`reading the ancestry of DRY commit ${dry.slice(0, 12)} failed: ${r.stderr.trim().split('\n')[0]}`);
  const parents = new Map<string, string[]>();
  for (const line of r.stdout.toString('utf8').split('\n')) {
    const [c, ...ps] = line.split(' ');
    if (c) parents.set(c, ps);
  }
  const reaches = new Map<string, boolean>();
  const walk = (start: string): boolean => {
    const stack = [start];
    const seen = new Set<string>();
    while (stack.length > 0) {
      const c = stack.pop()!;
      if (seen.has(c) || !parents.has(c)) continue;
      seen.add(c);
      if (reaches.get(c) || parents.get(c)!.includes(dry)) return true;
      stack.push(...parents.get(c)!);
    }
    return false;
  };
  for (const c of candidates) {
    reaches.set(c, walk(c));
    if (reaches.get(c)) later.add(c);
  }
  return later;
}

import { distance } from 'fastest-levenshtein';

/**
 * The candidate closest to `word` by edit distance, when it is close enough
 * to be a likely typo (at most a third of the longer word, at least 1 edit
 * allowed, at most 4); undefined otherwise. Ties go to the earlier candidate.
 */
export function nearest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    if (c === word) return c;
    const d = distance(word.toLowerCase(), c.toLowerCase());
    const limit = Math.min(4, Math.max(1, Math.floor(Math.max(word.length, c.length) / 3)));
    if (d <= limit && d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

/** ' (did you mean X?)' for the nearest candidate, or '' when none is close. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const n = nearest(word, candidates);
  return n === undefined || n === word ? '' : ` (did you mean ${n}?)`;
}

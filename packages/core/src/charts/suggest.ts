// What a chart pattern that matches nothing was most likely meant to be: said by the check (checks/targets.ts)
// and by every command that reads `charts:` (charts/selection.ts), in the same words.

import picomatch from 'picomatch';
import { nearest } from '../text/suggest.ts';

/**
 * The existing path or corrected pattern closest to `pattern`: each literal
 * segment that names nothing at its depth is replaced by the nearest name
 * found there (`chart/*` → `charts/*`, `charts/*\/values-prd.yaml` →
 * `charts/*\/values-prod.yaml`), kept only when the result matches; else the
 * nearest whole path. Undefined when nothing is close.
 */
export function suggestPattern(
  pattern: string,
  paths: readonly string[],
  matchesSomething: (pattern: string) => boolean,
): string | undefined {
  const segments = pattern.split('/');
  const byDepth = new Map<number, Set<string>>();
  for (const p of paths) {
    p.split('/').forEach((s, i) => {
      if (!byDepth.has(i)) byDepth.set(i, new Set());
      byDepth.get(i)!.add(s);
    });
  }
  let changed = false;
  const fixed = segments.map((s, i) => {
    const names = byDepth.get(i);
    if (!names || names.has(s) || picomatch.scan(s).isGlob) return s;
    const n = nearest(s, names);
    if (n === undefined) return s;
    changed = true;
    return n;
  });
  const candidate = fixed.join('/');
  if (changed && matchesSomething(candidate)) return candidate;
  if (picomatch.scan(pattern).isGlob) return undefined;
  const whole = nearest(pattern, paths);
  return whole !== pattern ? whole : undefined;
}

// The environments a check names as "not rendered: nothing this pull request changes reaches them", worked out
// once for one runner (rendered.ts) and for the merge of a matrix's shards (merge-shards.ts): both list them the
// same way, from the same rows.

import type { EnvironmentRender } from '../../render/report.ts';

/** The environment a render row stands for: `prod (api)` (prod, one of several changed charts) is prod. */
export const environmentOf = (named: string): string => named.replace(/ \([^()]*\)$/, '');

/**
 * The environments of `environments` (in their order) that no row of `rendered` rendered or reached: an
 * environment reached but not rendered for want of Helm or kustomize is said in that row (its `reached`), not
 * here. None when every row is such a row: then nothing was rendered to set the rest apart from.
 */
export function notRenderedOf(rendered: readonly EnvironmentRender[], environments: readonly string[]): string[] {
  if (!rendered.some((r) => !r.noHelm)) return [];
  const ran = new Set(rendered.flatMap((r) => [environmentOf(r.environment), ...(r.reached ?? [])]));
  return environments.filter((n) => !ran.has(n));
}

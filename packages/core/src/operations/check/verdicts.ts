// What the pull request check says of each protected environment's images:
// judged (every image the render at the head names was read, and each is
// pinned by digest, or some are not), or not judged and why. A protected
// values file or overlay whose own pins are digests says nothing of the images
// a base, a patch or a chart default gives: only a render does, so "every
// image pinned by digest" is said of an environment only where its render
// was read (render-guards.ts protectedVerdicts). Light: run.ts imports it
// before any renderer loads.

/** One protected environment, as the check judged it. */
export interface ProtectedVerdict {
  environment: string;
  /** pinned: rendered at the head, every image pinned; refused: a render problem fails the check; not-judged: nothing rendered. */
  verdict: 'pinned' | 'refused' | 'not-judged';
  /** The images its render at the head names (pinned). */
  images?: number;
  /** Why (refused, not-judged). */
  reason?: string;
}

/** The reason an environment the check did not render is not judged. */
export const UNCHANGED = 'this pull request changes nothing it renders, so its images were not rendered';

/** Each of `names` not judged, for `reason`. */
export function notJudged(names: readonly string[], reason: string): ProtectedVerdict[] {
  return names.map((environment) => ({ environment, verdict: 'not-judged', reason }));
}

/** A verdict as a reviewer reads it in the summary and the terminal. */
export function verdictText(v: ProtectedVerdict): string {
  if (v.verdict === 'pinned') return `✅ every rendered image pinned by digest (${v.images} image${v.images === 1 ? '' : 's'} judged)`;
  if (v.verdict === 'refused') return `❌ ${v.reason ?? ''}`;
  return `⚪ not judged: ${v.reason ?? ''}`;
}

import ignore from 'ignore';
import { stripBom } from '../text/bytes.ts';

/**
 * Helm's own default rule, added to every chart's .helmignore: hidden files
 * directly under templates/ are never packaged.
 */
const HELM_DEFAULTS = ['templates/.?*'];

/** Decides whether `helm package` leaves a chart-relative path out. */
export type IgnoreRule = (chartRelativePath: string) => boolean;

/**
 * Builds the matcher for one chart from its .helmignore text (undefined when
 * the chart has none). Patterns are gitignore-style and relative to the chart
 * root, as Helm reads them; `.git/`, `ci/`, `*.tgz` and the like.
 */
export function helmIgnore(text: string | undefined): IgnoreRule {
  const ig = ignore({ allowRelativePaths: true }).add(HELM_DEFAULTS);
  if (text) ig.add(stripBom(text).split(/\r?\n/));
  return (path) => {
    if (path === '' || path === '.') return false;
    try {
      return ig.ignores(path);
    } catch {
      return false;
    }
  };
}

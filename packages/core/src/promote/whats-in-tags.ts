// The tags what a promotion ships is read between: the version or commit a tag names, the chart folders whose
// CHANGELOG.md and tags are the chart's, and the groups of tag spellings whatsIn resolves (fetched at once).

import picomatch from 'picomatch';
import valid from 'semver/functions/valid.js';
import { globMatcher } from '../text/glob.ts';
import type { PromotionPlan } from './plan.ts';

const SHA_TAG = /^(?:sha-|git-)?([0-9a-f]{7,40})$/;

/** The SemVer version a tag names (`v1.4.0`, `1.4.0`, `api-1.4.0`), or undefined. */
export function versionOfTag(tag: string | undefined): string | undefined {
  if (!tag) return undefined;
  const m = /(?:^|[-/_v])v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/.exec(tag);
  return (m && valid(m[1])) || undefined;
}

/** The commit a `sha-abc1234` (or bare hex) tag names, or undefined. */
export function commitOfTag(tag: string | undefined): string | undefined {
  return tag ? SHA_TAG.exec(tag)?.[1] : undefined;
}

/**
 * The chart folders and names a chart move is read from: the config's
 * folders, a glob (`charts/*`) standing for the folder of the chart the
 * Application names (its path:, else the glob's folder of that name), never
 * for a folder called `*`. With the Application's chart known, only its
 * folder: another chart's CHANGELOG.md or tags are not this one's.
 */
export function chartFolders(charts: readonly string[], chart: PromotionPlan['chart']): { dirs: string[]; names: string[] } {
  const dirs: string[] = [];
  for (const entry of charts.map((d) => d.replace(/\/+$/, ''))) {
    if (!picomatch.scan(entry).isGlob) {
      dirs.push(entry);
      continue;
    }
    const matches = globMatcher(entry);
    const byName = chart?.chart ? `${picomatch.scan(entry).base}/${chart.chart}` : undefined;
    const found = [chart?.chartPath, byName].find((d) => d !== undefined && matches(d));
    if (found) dirs.push(found);
  }
  const own = chart?.chart ? dirs.filter((d) => d === chart.chartPath || d.split('/').pop() === chart.chart) : [];
  const chosen = own.length > 0 ? own : dirs;
  const names = chosen.map((d) => d.split('/').pop()!);
  return { dirs: [...new Set(chosen)], names: [...new Set(chart?.chart ? [chart.chart, ...names] : names)] };
}

/** The groups of tag spellings whatsIn resolves for `plan` (each group tried in order, the first found wins). */
export function tagsNeeded(
  plan: PromotionPlan,
  ctx: { charts: readonly string[]; rollback: boolean },
  appTags: (v: string) => string[],
  chartTags: (v: string) => string[],
): string[][] {
  const groups: string[][] = [];
  for (const c of plan.changes) {
    const [oldV, newV] = [versionOfTag(c.oldTag), versionOfTag(c.newTag)];
    if (oldV && newV && oldV !== newV) groups.push(appTags(oldV), appTags(newV));
    else {
      if (!commitOfTag(c.oldTag) && oldV) groups.push(appTags(oldV));
      if (!(ctx.rollback ? undefined : c.sourceCommit) && !commitOfTag(c.newTag) && newV) groups.push(appTags(newV));
    }
  }
  const [oldC, newC] = [valid(plan.chart?.old ?? ''), valid(plan.chart?.new ?? '')];
  if (oldC && newC && oldC !== newC && chartFolders(ctx.charts, plan.chart).dirs.length > 0) groups.push(chartTags(oldC), chartTags(newC));
  return groups.map((g) => [...new Set(g)]);
}

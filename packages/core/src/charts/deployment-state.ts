// An environment's values file kept inside a chart folder (the README's
// layout: charts/myapp/values-prod.yaml beside the chart's own values.yaml,
// read by a multi-source Application through `$values`) is deployment state,
// not chart content: a promotion that pins a digest there changes what one
// environment runs, not the chart a release packages. The bump rule
// (chart-bump-check, `lockstep check`) and publish treat it as if the chart's
// .helmignore listed it: a promotion pull request needs no chart bump, and a
// published package equals `helm package` with that line. A chart's own
// Chart.yaml, Chart.lock, values.yaml and values.schema.json stay chart
// content whoever names them.

import { posix } from 'node:path';
import { globMatcher } from '../text/glob.ts';

/** The files of a chart folder that are its content whatever an environment says of them. */
const CHART_CONTENT = new Set(['Chart.yaml', 'Chart.lock', 'values.yaml', 'values.schema.json']);

const normal = (p: string) => posix.normalize(p.trim().replace(/\\/g, '/')).replace(/^\.\//, '');

/**
 * Whether a repository path is deployment state: one of the environments' values files (`valuesFiles`, repository
 * paths or globs) and not a chart's own Chart.yaml, Chart.lock, values.yaml or values.schema.json.
 */
export function deploymentState(valuesFiles: readonly string[]): (path: string) => boolean {
  const globs = valuesFiles.map(normal).filter((p) => /[*?[{]/.test(p));
  const exact = new Set(valuesFiles.map(normal).filter((p) => !/[*?[{]/.test(p)));
  const matches = globs.length > 0 ? globMatcher(globs) : () => false;
  return (path) => !CHART_CONTENT.has(posix.basename(path)) && (exact.has(path) || matches(path));
}

/** One environment's values file that is deployment state: the file, its environment and the chart folder holding it. */
export interface DeploymentStateFile {
  file: string;
  environment: string;
  chart: string;
}

/** Each environment's values file kept inside one of `chartDirs` (not a chart's own file): what `lockstep config` says once. */
export function deploymentStateFiles(
  chartDirs: readonly string[],
  environments: readonly { name: string; values?: string }[],
): DeploymentStateFile[] {
  return environments.flatMap((e) => {
    if (e.values === undefined) return [];
    const file = normal(e.values);
    const chart = chartDirs.find((d) => d === '.' || file.startsWith(`${d}/`));
    return chart !== undefined && deploymentState([file])(file) ? [{ file, environment: e.name, chart }] : [];
  });
}

/** The sentence `lockstep config` prints for one such file. */
export function deploymentStateLine(f: DeploymentStateFile): string {
  return `${f.file} (${f.environment}'s values) is deployment state: the bump rule and publish leave it out of chart ${f.chart}, as if its .helmignore listed it`;
}

import { loadConfig } from '@lockstep/core/config/config';
import { findCharts } from '@lockstep/core/charts/discover';
import { chartChoice, selectCharts } from '@lockstep/core/charts/selection';
import { listChartFiles } from '@lockstep/core/charts/tree';
import type { ValueKind } from './completion.ts';

// The values a completion script offers after a flag (completion.ts's VALUE_FLAGS), read from the config
// when TAB is pressed: what `lockstep __complete-values <kind>` prints, one a line.

/**
 * The `kind` values of the config at `configPath` (the default `.github/lockstep.yml` when empty) in
 * `root`: environment names in promotion order (then the `waves:` names, for `--to`), service names, or the chart folders the config's
 * `charts:` selects (every chart folder without it), as `--charts` takes them; a value holding a
 * control character (a newline would make it two lines) is left out.
 */
export function completionValues(root: string, kind: ValueKind, configPath: string): string[] {
  return configValues(root, kind, configPath).filter((v) => v !== '' && !CONTROL.test(v));
}

/** A newline would split a value in two on the way to the shell; no other control character is typed. */
const CONTROL = /[\u0000-\u001f\u007f]/;

function configValues(root: string, kind: ValueKind, configPath: string): string[] {
  const config = loadConfig(root, configPath);
  const environments = config.environments.map((e) => e.name);
  if (kind === 'environments') return environments;
  // promote's --to: an environment, or a waves: name (promoted one after the other).
  if (kind === 'targets') return [...environments, ...Object.keys(config.waves ?? {}).filter((w) => !environments.includes(w))];
  if (kind === 'services') return Object.keys(config.services);
  // Only where a chart folder is: a `charts:` entry matching nothing is the commands' error, not completion's.
  return selectCharts(
    findCharts(listChartFiles(root)),
    chartChoice([], config, () => undefined),
  );
}

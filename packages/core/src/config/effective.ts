import { stringify } from 'yaml';
import type { Config } from './config.ts';

/** The configuration in the file's own key names (kebab-case), defaults filled in: what `lockstep config` prints. */
export function effectiveConfig(c: Config): Record<string, unknown> {
  const out: Record<string, unknown> = {
    'version-file': c.versionFile,
    'tag-prefix': c.tagPrefix,
    // Undefined means "every folder holding a Chart.yaml": said in words, since the file has no key for it.
    charts: c.charts ?? 'every folder holding a Chart.yaml (not inside another chart)',
    ignore: c.ignore,
    'chart-version-policy': c.chartVersionPolicy,
    changelog: c.changelog,
    packages: c.packages,
    pins: c.pins.map((p) => ({ files: p.files, ...(p.table !== undefined ? { table: p.table } : {}), names: p.names })),
    services: Object.fromEntries(
      Object.entries(c.services).map(([name, s]) => [
        name,
        { image: s.image, ...(s.valuesKey !== undefined ? { 'values-key': s.valuesKey } : {}) },
      ]),
    ),
    environments: c.environments.map((e) => ({
      name: e.name,
      values: e.values,
      ...(e.application !== undefined ? { application: e.application } : {}),
      'auto-merge': e.autoMerge,
      protected: e.protected,
    })),
  };
  if (c.lockCommand !== undefined) out['lock-command'] = c.lockCommand;
  if (c.commitMode !== undefined) out['commit-mode'] = c.commitMode;
  return out;
}

/** effectiveConfig as YAML, headed by a comment naming where it came from. */
export function renderEffectiveConfig(c: Config): string {
  const from = c.file
    ? `# effective configuration: ${c.file} with defaults filled in`
    : '# effective configuration: no config file, every setting is its default';
  return `${from}\n${stringify(effectiveConfig(c), { lineWidth: 0 })}`;
}

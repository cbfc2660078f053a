import { stringify } from 'yaml';
import type { Config, VerifyConfig } from './config.ts';
import { formatDuration } from '../text/duration.ts';

/** The configuration in the file's own key names (kebab-case), defaults filled in: what `lockstep config` prints. */
export function effectiveConfig(c: Config): Record<string, unknown> {
  const out: Record<string, unknown> = {
    'version-file': c.versionFile,
    'tag-prefix': c.tagPrefix,
    // Undefined means "every folder holding a Chart.yaml": said in words, since the file has no key for it.
    charts: c.charts ?? 'every folder holding a Chart.yaml (not inside another chart)',
    ...(c.chartsIgnore !== undefined ? { 'charts-ignore': c.chartsIgnore } : {}),
    ignore: c.ignore,
    'chart-version-policy': c.chartVersionPolicy,
    changelog: c.changelog,
    packages: c.packages,
    pins: c.pins.map((p) => ({ files: p.files, ...(p.table !== undefined ? { table: p.table } : {}), names: p.names })),
    services: Object.fromEntries(
      Object.entries(c.services).map(([name, s]) => [
        name,
        {
          image: s.image,
          ...(s.valuesKey !== undefined ? { 'values-key': s.valuesKey } : {}),
          ...(s.verify ? { verify: rawVerify(s.verify) } : {}),
        },
      ]),
    ),
    environments: c.environments.map((e) => ({
      name: e.name,
      values: e.values,
      ...(e.application !== undefined ? { application: e.application } : {}),
      'auto-merge': e.autoMerge,
      protected: e.protected,
      // promote-env's default when the file sets none: a protected environment refuses a dropped key.
      'values-drift': e.valuesDrift ?? (e.protected ? 'error' : 'warn'),
      ...(e.minSoak !== undefined ? { 'min-soak': formatDuration(e.minSoak).replace(/ /g, '') } : {}),
      ...(e.wait !== undefined ? { wait: e.wait } : {}),
      ...(e.windows !== undefined
        ? {
            windows: {
              allow: e.windows.allow.map((w) => ({ cron: w.cron, duration: w.duration, timezone: w.timezone })),
              deny: e.windows.deny.map((w) => ({ cron: w.cron, duration: w.duration, timezone: w.timezone })),
              freeze: e.windows.freeze,
            },
          }
        : {}),
    })),
  };
  if (c.lockCommand !== undefined) out['lock-command'] = c.lockCommand;
  if (c.verify) out.verify = rawVerify(c.verify);
  if (c.commitMode !== undefined) out['commit-mode'] = c.commitMode;
  return out;
}

/** A `verify:` block in the file's key names, the issuer's default filled in. */
function rawVerify(v: VerifyConfig): Record<string, unknown> {
  const a = v.attestation;
  return {
    ...(v.keys ? { keys: v.keys } : {}),
    ...(a ? { attestation: { 'trusted-root': a.trustedRoot, issuer: a.issuer, identity: a.identity } } : {}),
  };
}

/** effectiveConfig as YAML, headed by a comment naming where it came from. */
export function renderEffectiveConfig(c: Config): string {
  const from = c.file
    ? `# effective configuration: ${c.file} with defaults filled in`
    : '# effective configuration: no config file, every setting is its default';
  return `${from}\n${stringify(effectiveConfig(c), { lineWidth: 0 })}`;
}

import { stringify } from 'yaml';
import type { Config, VerifyConfig } from './config.ts';

/**
 * The configuration in the file's own key names (kebab-case), the loader's defaults filled in; the keys whose
 * default lives in the settings tables (notify-pulls, commit-mode) only when the file sets them, and an
 * environment's keys an input overrides not at all: settings/effective.ts adds them for `lockstep config`.
 */
export function effectiveConfig(c: Config): Record<string, unknown> {
  const out: Record<string, unknown> = {
    'version-file': c.versionFile,
    'tag-prefix': c.tagPrefix,
    ...(c.notifyPulls !== undefined ? { 'notify-pulls': c.notifyPulls } : {}),
    ...(c.commitMode !== undefined ? { 'commit-mode': c.commitMode } : {}),
    // Undefined means "every folder holding a Chart.yaml": said in words, since the file has no key for it.
    charts: c.charts ?? 'every folder holding a Chart.yaml (not inside another chart)',
    ...(c.chartsIgnore !== undefined ? { 'charts-ignore': c.chartsIgnore } : {}),
    ignore: c.ignore,
    ...(c.chartRegistry !== undefined ? { 'chart-registry': c.chartRegistry } : {}),
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
      ...(e.values !== undefined ? { values: e.values } : {}),
      ...(e.kustomization !== undefined ? { kustomization: e.kustomization } : {}),
      ...(e.application !== undefined ? { application: e.application } : {}),
      ...(e.helmrelease !== undefined ? { helmrelease: e.helmrelease } : {}),
      ...(e.ocirepository !== undefined ? { ocirepository: e.ocirepository } : {}),
      ...(e.fluxKustomization !== undefined ? { 'flux-kustomization': e.fluxKustomization } : {}),
      ...(e.url !== undefined ? { url: e.url } : {}),
      ...(e.preview ? { preview: true } : {}),
      protected: e.protected,
      // The keys an environment may set that an input overrides (render, auto-merge, values-drift, min-soak, wait) are
      // settings/effective.ts's, resolved there as the run resolves them.
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
  // The top-level mode when the file sets it; settings/effective.ts gives its default (the render setting's).
  out.render = {
    ...(c.render.mode !== undefined ? { mode: c.render.mode } : {}),
    ignore: c.render.ignore,
    'ignore-defaults': c.render.ignoreDefaults,
    summarize: c.render.summarize,
    ...(c.render.kubeVersion ? { 'kube-version': c.render.kubeVersion } : {}),
    'api-versions': c.render.apiVersions,
  };
  if (c.lockCommand !== undefined) out['lock-command'] = c.lockCommand;
  if (c.verify) out.verify = rawVerify(c.verify);
  if (c.waves) out.waves = c.waves;
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

/** The effective configuration (effectiveConfig's, or one with more filled in) as YAML, headed by a comment naming where it came from. */
export function renderEffectiveConfig(c: Config, values: Record<string, unknown> = effectiveConfig(c)): string {
  const from = c.file
    ? `# effective configuration: ${c.file} with defaults filled in`
    : '# effective configuration: no config file, every setting is its default';
  return `${from}\n${stringify(values, { lineWidth: 0 })}`;
}

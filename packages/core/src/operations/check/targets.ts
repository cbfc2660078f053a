// What the check applies, from the request and the base's config: the chart
// patterns (the one meaning of charts), the environments' values files and
// overlays (protected or not), the protected Applications, the deployment
// state kept in chart folders, and the rules. Each target remembers its input
// or config line, so one that matches nothing is reported there.

import { posix } from 'node:path';
import { isPattern } from '../../text/glob.ts';
import type { Target } from '../../checks/targets.ts';
import { chartChoice, ignoredEntries, whereOf, type ChartEntry } from '../../charts/selection.ts';
import type { Config, configLine } from '../../config/config.ts';
import { resolveInside } from '../../fs/workspace.ts';
import { settingsFor } from '../../settings/read.ts';
import { CHECK } from '../../settings/table-check.ts';
import type { CheckRequest } from './request.ts';
import type { deploymentOf } from '../../deploy/kind.ts';

/** The deployer kinds (deploy/kind.ts, lazy.ts deployKinds): loaded only when the config names an environment. */
export type DeployKinds = { deploymentOf: typeof deploymentOf };

/**
 * The request and the config merged into what the check applies: chart
 * patterns, environment values files, globs, ignore and the rules. Each
 * target remembers its input or config line, so one that matches nothing is
 * reported there. git names paths from the repository's top; patterns and
 * config paths are relative to working-directory (`prefix` below the top).
 */
export function checkTargets(
  req: CheckRequest,
  root: string,
  prefix: string,
  config: Config | undefined,
  lineIn: typeof configLine | undefined,
  kinds: DeployKinds | undefined,
) {
  const deploymentOf = kindsOf(config, kinds);
  const fromInput = req.charts.length > 0;
  const given = fromInput ? req.charts : (config?.charts ?? []);
  const settings = settingsFor(CHECK, req, config);
  for (const p of [...given, ...(config?.chartsIgnore ?? [])]) resolveInside(root, literalPrefix(p), 'charts');
  const inRepo = (p: string) => (prefix ? posix.join(prefix, p.trim().replace(/\\/g, '/')) : p);
  const configFile = config?.file ? inRepo(config.file) : undefined;
  const fromConfig = (path: (string | number)[], key: string) => ({
    key,
    file: configFile,
    line: config && lineIn ? lineIn(config, path) : undefined,
  });
  const here = prefix ? prefix.replace(/\/+$/, '') : '.';
  // The one meaning of charts (charts/selection.ts): the input, else the config's — absent: every chart
  // under the working directory; `[]`: none, said once as file:line; else its entries, each at its line.
  const lineOf = (path: readonly (string | number)[]) => (config && lineIn ? lineIn(config, path) : undefined);
  const choice = chartChoice(req.charts, config ? { ...config, file: configFile } : undefined, lineOf);
  const noChartsAt = choice.kind === 'none' ? whereOf(choice.at) : undefined;
  const asTargets = (entries: readonly ChartEntry[]): Target[] =>
    entries.map((e) => ({ ...e, pattern: inRepo(e.pattern), written: e.pattern }));
  const charts: Target[] =
    choice.kind === 'patterns'
      ? asTargets(choice.entries)
      : choice.kind === 'every'
        ? [{ pattern: here, written: here, input: 'working-directory' }]
        : [];
  const chartsIgnore = asTargets(ignoredEntries(config ? { ...config, file: configFile } : undefined, lineOf));
  const environments = (config?.environments ?? []).flatMap((e, i) =>
    e.values === undefined
      ? []
      : [
          {
            protected: e.protected,
            target: {
              pattern: inRepo(e.values),
              written: e.values,
              ...fromConfig(['environments', i, 'values'], `environments[${i}].values`),
            },
          },
        ],
  );
  // Environments' overlays: each must hold a kustomization; a protected one's images: entries all by digest, at its file:line.
  const overlays = (config?.environments ?? []).flatMap((e, i) => {
    const overlay = deploymentOf(e)?.overlay;
    return overlay !== undefined
      ? [
          {
            pattern: inRepo(overlay),
            written: overlay,
            ...fromConfig(['environments', i, 'kustomization'], `environments[${i}].kustomization`),
            protected: e.protected,
          },
        ]
      : [];
  });
  const targetOf = ({ protected: _, ...t }: (typeof overlays)[number]): Target => t;
  const protectedOverlays = overlays.filter((o) => o.protected).map(targetOf);
  const configuredOverlays = overlays.filter((o) => !o.protected).map(targetOf);
  return {
    charts,
    noCharts: noChartsAt !== undefined,
    noChartsAt,
    // charts: named by neither the input nor the config: a repository of overlays or values files only (or one adopting
    // lockstep, whose base has no config yet) needs no `charts: []`; a chart folder there is checked as ever.
    ...(choice.kind === 'every' ? { chartsOptional: true } : {}),
    ...(chartsIgnore.length > 0 ? { chartsIgnore } : {}),
    ...(config?.charts !== undefined ? { chartsAt: { file: configFile, line: lineOf(['charts']) } } : {}),
    // An environment's values file inside a chart folder is deployment state: its changes need no chart bump.
    deploymentState: environments.map((e) => e.target.pattern),
    // An environment of many apps (deploy/fleet.ts) names its values files with a glob: a glob target, which must match.
    protectedFiles: environments.filter((e) => e.protected && !isPattern(e.target.written)).map((e) => e.target),
    configuredFiles: environments.filter((e) => !e.protected && !isPattern(e.target.written)).map((e) => e.target),
    protectedGlobs: [
      ...req.protectedGlobs.map((g) => ({ pattern: inRepo(g), written: g, input: 'protected-values' })),
      ...environments.filter((e) => e.protected && isPattern(e.target.written)).map((e) => e.target),
    ],
    ...(environments.some((e) => !e.protected && isPattern(e.target.written))
      ? { configuredGlobs: environments.filter((e) => !e.protected && isPattern(e.target.written)).map((e) => e.target) }
      : {}),
    ...(protectedOverlays.length > 0 ? { protectedOverlays } : {}),
    ...(configuredOverlays.length > 0 ? { configuredOverlays } : {}),
    ...protectedApplicationTargets(req, config, deploymentOf, inRepo, fromConfig),
    prefix,
    // Input > config > the table's default, as every operation decides it (settings/read.ts).
    ignore: settings.ignore,
    breaking: req.breaking,
    changelog: settings.changelog,
  };
}

/** The kinds' deploymentOf; a config naming an environment without the kinds loaded is the caller's mistake. */
function kindsOf(config: Config | undefined, kinds: DeployKinds | undefined): DeployKinds['deploymentOf'] {
  if (kinds) return kinds.deploymentOf;
  if (config?.environments.length) throw new Error("the check's targets need the deployer kinds for the config's environments");
  return () => undefined;
}

/**
 * The Application files whose chart versions must be exact: each protected
 * environment's `application:` (its file, without `#name`), and the
 * protected-applications globs.
 */
function protectedApplicationTargets(
  req: CheckRequest,
  config: Config | undefined,
  deploymentOf: DeployKinds['deploymentOf'],
  inRepo: (p: string) => string,
  fromConfig: (path: (string | number)[], key: string) => Omit<Target, 'pattern'>,
) {
  const files = (config?.environments ?? []).flatMap((e, i) => {
    const application = deploymentOf(e)?.application;
    if (!e.protected || !application) return [];
    const { file } = application;
    return [{ pattern: inRepo(file), written: file, ...fromConfig(['environments', i, 'application'], `environments[${i}].application`) }];
  });
  // A protected environment of many Applications (deploy/fleet.ts) guards each file its glob names.
  const globs = [
    ...(req.protectedApplications ?? []).map((g) => ({ pattern: inRepo(g), written: g, input: 'protected-applications' })),
    ...files.filter((f) => isPattern(f.written)),
  ];
  files.splice(0, files.length, ...files.filter((f) => !isPattern(f.written)));
  return {
    ...(files.length > 0 ? { protectedApplications: files } : {}),
    ...(globs.length > 0 ? { protectedApplicationGlobs: globs } : {}),
  };
}

/** The folder part of a glob before its first wildcard (`charts/*` → `charts`). */
export function literalPrefix(pattern: string): string {
  const parts = pattern.trim().replace(/\\/g, '/').split('/');
  const i = parts.findIndex((s) => /[*?[\]{}!()]/.test(s));
  return (i < 0 ? parts : parts.slice(0, i)).join('/') || '.';
}

import { existsSync } from 'node:fs';
import { posix } from 'node:path';
import { annotate, appendSummary, endGroup, group, info, setOutput } from '@lockstep/core/action/workflow-commands';
import { UserError, UserErrors } from '@lockstep/core/errors';
import { checkChartBumps, formatProblem, type OtherBase } from '@lockstep/core/checks/chart-bump';
import type { Target } from '@lockstep/core/checks/targets';
import { changedChartsOutput, renderSummary } from '@lockstep/core/checks/chart-bump-summary';
import { resolveInside } from '@lockstep/core/fs/workspace';
import { treeSides } from '@lockstep/core/git/history';
import { pathsContaining } from '@lockstep/core/git/objects';
import { escapeForLog } from '@lockstep/core/report/log';
import { literalPrefix, type Started } from './start.ts';

const DEFAULT_CONFIG = '.github/lockstep.yml';

/** Loads the config, runs the check over what git listed, sets the outputs and writes the summary. */
export async function main({ settings, git, reader, comparison, prefix: prefixed, dependents }: Started): Promise<void> {
  const { root } = settings;
  // The config loader (and its JSON Schema validator) is loaded only when there is a config to read.
  const configPath = resolveInside(root, settings.config ?? DEFAULT_CONFIG, 'config');
  const configModule =
    (settings.config && settings.config !== DEFAULT_CONFIG) || existsSync(configPath) ? await import('@lockstep/core/config/config') : undefined;
  const config = configModule?.loadConfig(root, settings.config);
  const fromInput = settings.charts.length > 0;
  const given = fromInput ? settings.charts : (config?.charts ?? []);
  for (const p of given) resolveInside(root, literalPrefix(p), 'charts');
  // git names paths from the repository's top; patterns and config paths are relative to working-directory.
  const prefix = await prefixed;
  const inRepo = (p: string) => (prefix ? posix.join(prefix, p.trim().replace(/\\/g, '/')) : p);
  // Where each pattern and path came from, so one that matches nothing names its input or config line.
  const configFile = config?.file ? inRepo(config.file) : undefined;
  const fromConfig = (path: (string | number)[], key: string) => ({ key, file: configFile, line: config && configModule ? configModule.configLine(config, path) : undefined });
  const patterns: Target[] =
    given.length > 0
      ? given.map((p, i) => ({ pattern: inRepo(p), written: p, ...(fromInput ? { input: 'charts' } : fromConfig(['charts', i], 'charts')) }))
      : [{ pattern: prefix ? prefix.replace(/\/+$/, '') : '.', written: prefix ? prefix.replace(/\/+$/, '') : '.', input: 'working-directory' }];
  const environments = (config?.environments ?? []).map((e, i) => ({ protected: e.protected, target: { pattern: inRepo(e.values), written: e.values, ...fromConfig(['environments', i, 'values'], `environments[${i}].values`) } }));

  const { range, headPaths, changes } = await comparison;
  // The head must exceed the chart versions of the merge base, of the base commit itself and of
  // the base branch tip, so two open PRs cannot both take the same version.
  const otherBases: OtherBase[] = [{ label: `base ${range.base.slice(0, 12)}`, readFile: (p) => reader.text(`${range.base}:${p}`) }];
  if (range.baseTip) otherBases.push({ label: `the tip of ${settings.baseBranch}`, readFile: (p) => reader.text(`${range.baseTip}:${p}`) });

  const plan = await checkChartBumps({
    ...treeSides(reader, range.head, headPaths, changes),
    // Charts that may depend on others through file:// were found by git grep, side by side with the
    // comparison (searched again when the head had to be fetched first).
    localDependencyCandidates: (await dependents) ?? (await pathsContaining(git, range.head, 'Chart.yaml', 'file://')),
    otherBases,
    charts: patterns,
    protectedFiles: environments.filter((e) => e.protected).map((e) => e.target),
    configuredFiles: environments.filter((e) => !e.protected).map((e) => e.target),
    protectedGlobs: settings.protectedGlobs.map((g) => ({ pattern: inRepo(g), written: g, input: 'protected-values' })),
    prefix,
    ignore: settings.ignore.length > 0 ? settings.ignore : (config?.ignore ?? []),
    breaking: settings.breaking,
    changelog: settings.changelog ?? config?.changelog ?? 'auto',
  });

  group('chart-bump-check');
  for (const note of range.fetched) info(note);
  for (const c of plan.charts) info(escapeForLog(`${c.ok ? 'ok  ' : 'FAIL'} ${c.path}: ${c.base ?? '(new)'} → ${c.head ?? '(deleted)'} (required: ${c.required})`));
  if (plan.charts.length === 0) info('no chart changed');
  endGroup();

  setOutput('ok', String(plan.ok));
  setOutput('changed-charts', JSON.stringify(changedChartsOutput(plan)));
  appendSummary(renderSummary(plan, range));

  // Warnings are annotated here; failures go through runAction's one failure path (an annotation at
  // the file and line each, exit 1) after the outputs are set; the summary's tables already list them.
  const problems = [...plan.charts.flatMap((c) => c.problems), ...plan.protectedProblems];
  for (const p of problems) if (p.level === 'warning') annotate('warning', escapeForLog(formatProblem(p)), { file: p.file || undefined, line: p.line, title: 'lockstep' });
  const failures = problems.filter((p) => p.level === 'error');
  if (!plan.ok) throw new UserErrors(failures.map((p) => new UserError(p.message, { file: p.file || undefined, line: p.line, hint: p.hint })), { summarized: true });
}

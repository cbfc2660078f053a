import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
// Deep imports keep their .ts extension (the house rule); tsc flags them only because of
// rewriteRelativeImportExtensions (TS2877), and nothing is emitted, hence the @ts-ignore lines.
// @ts-ignore TS2877
import { envInputs, Inputs } from '@lockstep/core/action/inputs.ts';
// @ts-ignore TS2877
import { annotate, appendSummary, endGroup, group, info, setOutput } from '@lockstep/core/action/workflow-commands.ts';
// @ts-ignore TS2877
import { checkChartBumps, formatProblem, type BreakingMode, type ChangelogMode, type OtherBase } from '@lockstep/core/checks/chart-bump.ts';
// @ts-ignore TS2877
import { cell, changedChartsOutput, renderSummary } from '@lockstep/core/checks/chart-bump-summary.ts';
// @ts-ignore TS2877
import { UserError } from '@lockstep/core/errors.ts';
// @ts-ignore TS2877
import { resolveInside } from '@lockstep/core/fs/workspace.ts';
// @ts-ignore TS2877
import { loadComparison, treeSides } from '@lockstep/core/git/history.ts';
// @ts-ignore TS2877
import { gitSpawner, ObjectReader, pathsContaining } from '@lockstep/core/git/objects.ts';
// @ts-ignore TS2877
import { escapeForLog } from '@lockstep/core/report/log.ts';

const DEFAULT_CONFIG = '.github/lockstep.yml';

interface PullRequestEvent {
  pull_request?: { base?: { sha?: string; ref?: string }; head?: { sha?: string } };
  merge_group?: { base_sha?: string; base_ref?: string; head_sha?: string };
}

export async function main(): Promise<void> {
  const inputs = new Inputs(envInputs());
  const workspace = resolve(process.env.GITHUB_WORKSPACE || process.cwd());
  const root = resolveInside(workspace, inputs.string('working-directory', '.'), 'working-directory');
  const event = readEvent(process.env.GITHUB_EVENT_PATH);
  // pull_request / pull_request_target carry base and head; a merge queue's merge_group does too.
  const pr =
    event.pull_request ??
    (event.merge_group
      ? { base: { sha: event.merge_group.base_sha, ref: event.merge_group.base_ref?.replace(/^refs\/heads\//, '') }, head: { sha: event.merge_group.head_sha } }
      : undefined);

  const baseInput = inputs.optional('base');
  const headInput = inputs.optional('head');
  const base = baseInput ?? pr?.base?.sha;
  if (!base)
    throw new UserError("input 'base' is not set and the event is not a pull request", {
      hint: 'set base: to the branch, tag or commit to compare with (e.g. base: main)',
    });
  const head = headInput ?? pr?.head?.sha ?? 'HEAD';

  const chartInputs = inputs.list('charts');
  const protectedGlobs = inputs.list('protected-values');
  for (const p of chartInputs) resolveInside(root, literalPrefix(p), 'charts');
  for (const p of protectedGlobs) resolveInside(root, literalPrefix(p), 'protected-values');
  const breaking = inputs.choice<BreakingMode>('breaking', ['error', 'warn', 'off'], 'error');
  const changelogInput = inputs.optionalChoice<ChangelogMode>('changelog', ['auto', 'required', 'off']);

  // The config loader (and its JSON Schema validator) is loaded only when there is a config to read.
  const configInput = inputs.optional('config');
  const configFile = resolveInside(root, configInput ?? DEFAULT_CONFIG, 'config');
  const config =
    (configInput && configInput !== DEFAULT_CONFIG) || existsSync(configFile)
      ? // @ts-ignore TS2877
        (await import('@lockstep/core/config/config.ts')).loadConfig(root, configInput)
      : undefined;
  const patterns = chartInputs.length > 0 ? chartInputs : (config?.charts ?? []);
  for (const p of patterns) resolveInside(root, literalPrefix(p), 'charts');
  const protectedFiles = (config?.environments ?? []).filter((e) => e.protected).map((e) => e.values);

  const git = gitSpawner(root);
  const reader = new ObjectReader(root);
  try {
    // Charts that may depend on others through file:// are found by git grep, side by side with the
    // comparison, instead of reading every Chart.yaml here.
    const dependents = pathsContaining(git, head, 'Chart.yaml', 'file://').catch(() => undefined);
    const { range, headPaths, changes } = await loadComparison(git, reader, {
      base,
      head,
      baseLabel: 'base',
      headLabel: 'head',
      baseBranch: baseInput ? undefined : pr?.base?.ref,
    });
    // The head must exceed the chart versions of the merge base (baseTree), of the base commit
    // itself and of the base branch tip, so two open PRs cannot both take the same version.
    const otherBases: OtherBase[] = [{ label: `base ${range.base.slice(0, 12)}`, readFile: (p) => reader.text(`${range.base}:${p}`) }];
    if (range.baseTip) otherBases.push({ label: `the tip of ${pr?.base?.ref}`, readFile: (p) => reader.text(`${range.baseTip}:${p}`) });

    const plan = await checkChartBumps({
      ...treeSides(reader, range.head, headPaths, changes),
      localDependencyCandidates: (await dependents) ?? (await pathsContaining(git, range.head, 'Chart.yaml', 'file://')),
      otherBases,
      charts: patterns,
      protectedFiles,
      protectedGlobs,
      breaking,
      changelog: changelogInput ?? config?.changelog ?? 'auto',
    });

    group('chart-bump-check');
    for (const note of range.fetched) info(note);
    for (const c of plan.charts) info(escapeForLog(`${c.ok ? 'ok  ' : 'FAIL'} ${c.path}: ${c.base ?? '(new)'} → ${c.head ?? '(deleted)'} (required: ${c.required})`));
    if (plan.charts.length === 0) info('no chart changed');
    endGroup();

    setOutput('ok', String(plan.ok));
    setOutput('changed-charts', JSON.stringify(changedChartsOutput(plan)));
    appendSummary(renderSummary(plan, range));

    // Findings are the check's verdict, not a crash: they are annotated here in the same form
    // runAction gives a UserError (`::error title=lockstep,file=…,line=…::path:line: what — fix`)
    // and fail the step through the exit code, without loading @actions/core for it.
    const problems = [...plan.charts.flatMap((c) => c.problems), ...plan.protectedProblems];
    for (const p of problems) {
      annotate(p.level, escapeForLog(formatProblem(p)), { file: p.file || undefined, line: p.line, title: 'lockstep' });
    }
    if (!plan.ok) {
      const failures = problems.filter((p) => p.level === 'error');
      appendSummary(['### lockstep: failed', '', ...failures.map((p) => `- ${cell(formatProblem(p))}`), ''].join('\n'));
      process.exitCode = 1;
    }
  } finally {
    reader.close();
  }
}

function readEvent(path: string | undefined): PullRequestEvent {
  if (!path || !existsSync(path)) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as PullRequestEvent;
  } catch {
    return {};
  }
}

/** The folder part of a glob before its first wildcard (`charts/*` → `charts`). */
function literalPrefix(pattern: string): string {
  const parts = pattern.trim().replace(/\\/g, '/').split('/');
  const i = parts.findIndex((s) => /[*?[\]{}!()]/.test(s));
  return (i < 0 ? parts : parts.slice(0, i)).join('/') || '.';
}

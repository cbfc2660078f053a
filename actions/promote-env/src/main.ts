import { existsSync, readFileSync } from 'node:fs';
import * as core from '@lockstep/core/action/workflow-commands';
import { envInputs, Inputs } from '@lockstep/core/action/inputs';
import { escapeHtml } from '@lockstep/core/action/run';
import { DEFAULT_CONFIG_PATH, loadConfig, parseConfigText, type Config } from '@lockstep/core/config/config';
import { UserError } from '@lockstep/core/errors';
import { resolveInside } from '@lockstep/core/fs/workspace';
import { escapeForLog } from '@lockstep/core/report/log';
import { writeSummary } from '@lockstep/core/report/summary';
import { layoutFrom, parseFrom, checkRoute, type PromoteRequest } from '@lockstep/core/promote/request';
import { runPromotion, type PromoteResult } from '@lockstep/core/promote/run';
import { changesOutput, changesTable, checksMarkdown, driftMarkdown } from '@lockstep/core/promote/report';
import { openPromoteWorld } from '@lockstep/core/promote/world';

/** The action's inputs, read once (plain data). */
interface PromoteInputs {
  workingDirectory: string;
  config?: string;
  from?: string;
  to: string;
  environments: string[];
  digests?: string;
  version?: string;
  resolveDigests?: boolean;
  push: 'pr' | 'direct';
  services: string[];
  chartVersion?: string;
  valuesFile?: string;
  valuesKey?: string;
  repository?: string;
  verifySource: boolean;
  base?: string;
  draft: boolean;
  labels: string[];
  reviewers: string[];
  autoMerge?: boolean;
  allowSkip: boolean;
  requireChecks: string[];
  token?: string;
  dryRun: boolean;
}

const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
const TAG = /^[\w][\w.-]{0,127}$/;

function getInputs(inputs: Inputs): PromoteInputs {
  const token = inputs.optional('github-token');
  // Masked before anything else can print it.
  if (token) core.setSecret(token);
  const repository = inputs.optional('repository');
  if (repository !== undefined && (!REPOSITORY.test(repository) || repository.includes('..')))
    throw new UserError(`input 'repository' is '${repository}'`, { hint: 'use owner/name, e.g. acme/gitops-config' });
  const version = inputs.optional('version');
  if (version !== undefined && !TAG.test(version)) throw new UserError(`input 'version' is '${version}', not an image tag`, { hint: 'letters, digits, ".", "_" and "-", e.g. v1.2.0' });
  const chartVersion = inputs.optional('chart-version');
  if (chartVersion !== undefined && /[\s]/.test(chartVersion)) throw new UserError(`input 'chart-version' is '${chartVersion}'`, { hint: 'give one version, e.g. 1.4.0' });
  const base = inputs.optional('base');
  if (base !== undefined && (base.startsWith('-') || !/^[A-Za-z0-9._/-]+$/.test(base) || base.includes('..')))
    throw new UserError(`input 'base' is '${base}', not a branch name`, { hint: 'name the base branch, e.g. main' });
  return {
    workingDirectory: inputs.string('working-directory', '.'),
    config: inputs.optional('config'),
    from: inputs.optional('from'),
    to: inputs.required('to'),
    environments: inputs.list('environments'),
    digests: inputs.optional('digests'),
    version,
    resolveDigests: inputs.optionalBoolean('resolve-digests'),
    push: inputs.choice('push', ['pr', 'direct'] as const, 'pr'),
    services: inputs.list('services'),
    chartVersion,
    valuesFile: inputs.optional('values-file'),
    valuesKey: inputs.optional('values-key'),
    repository,
    verifySource: inputs.boolean('verify-source', true),
    base,
    draft: inputs.boolean('draft', false),
    labels: inputs.source('labels') === '' ? ['automation:release-bump'] : inputs.list('labels'),
    reviewers: inputs.list('reviewers'),
    autoMerge: inputs.optionalBoolean('auto-merge'),
    allowSkip: inputs.boolean('allow-skip', false),
    requireChecks: inputs.list('require-checks'),
    token,
    dryRun: inputs.boolean('dry-run', false),
  };
}

/** Service names a digests file holds, for a layout without configured services (errors come later, with file:line). */
function digestsNames(read: (p: string) => string | undefined, path: string | undefined): string[] {
  if (!path) return [];
  try {
    const raw = JSON.parse(read(path) ?? '{}') as unknown;
    return raw && typeof raw === 'object' && !Array.isArray(raw) ? Object.keys(raw) : [];
  } catch {
    return [];
  }
}

/** Reads the inputs and config once, validates the request, promotes through core, sets outputs and the summary. */
export async function main(): Promise<void> {
  const env = process.env;
  const i = getInputs(new Inputs(envInputs()));
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const workdir = resolveInside(workspace, i.workingDirectory, 'working-directory');
  const readLocal = (p: string): string | undefined => {
    const abs = resolveInside(workdir, p, 'digests');
    try {
      return readFileSync(abs, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw e;
    }
  };
  // With repository: owner/name and no config file here, the config is the one in that repository (read at its base).
  const configPath = i.config ?? DEFAULT_CONFIG_PATH;
  const remoteConfig = i.repository !== undefined && !existsSync(resolveInside(workdir, configPath, 'config'));
  let req = remoteConfig ? undefined : buildRequest(i, loadConfig(workdir, i.config), readLocal);
  // Every rule that needs no network, before the first fetch or request.
  if (req) checkRoute(req);
  if (!i.dryRun && !i.token) throw new UserError("input 'github-token' is empty", { hint: 'pass github-token (the default ${{ github.token }} works within this repository)' });

  const session = await openPromoteWorld({
    workdir,
    env,
    token: i.token,
    repository: i.repository,
    base: i.base,
    readLocal,
    dryRun: i.dryRun,
    secret: (v) => core.setSecret(v),
    log: (line) => core.debug(escapeForLog(line)),
  });
  let result: PromoteResult;
  core.startGroup(`Promoting ${i.from ?? 'new pins'} → ${i.to}`);
  try {
    if (!req) {
      const text = await session.readAtBase(configPath);
      req = buildRequest(i, parseConfigText(text ?? '', text === undefined ? undefined : `${i.repository}:${configPath}`), readLocal);
      checkRoute(req);
    }
    result = await runPromotion({ ...req, base: session.base }, session.world);
  } finally {
    core.endGroup();
    await session.close();
  }
  await report(result, req);
}

function buildRequest(i: PromoteInputs, config: Config, readLocal: (p: string) => string | undefined): PromoteRequest {
  const layout = layoutFrom(config, { environments: i.environments, valuesFile: i.valuesFile, valuesKey: i.valuesKey, services: i.services }, digestsNames(readLocal, i.digests));
  return {
    from: parseFrom(i.from),
    to: i.to,
    ...layout,
    only: Object.keys(config.services).length > 0 ? i.services : [],
    digests: i.digests,
    version: i.version,
    chartVersion: i.chartVersion,
    resolveDigests: i.resolveDigests,
    push: i.push,
    verifySource: i.verifySource,
    base: i.base ?? '',
    draft: i.draft,
    labels: i.labels,
    reviewers: i.reviewers,
    autoMerge: i.autoMerge,
    allowSkip: i.allowSkip,
    requireChecks: i.requireChecks,
    dryRun: i.dryRun,
    repository: i.repository,
    charts: config.charts ?? [],
    configFile: config.file,
  };
}

async function report(r: PromoteResult, req: PromoteRequest): Promise<void> {
  const { plan } = r;
  for (const c of plan.changes)
    core.info(escapeForLog(`${c.service}: ${c.oldTag ?? '—'} → ${c.newTag ?? '—'} (${c.newDigest ?? 'no digest'}) at ${c.file}:${c.line}, verified in ${c.verified}`));
  if (plan.chart) core.info(escapeForLog(`chart version: ${plan.chart.old || '—'} → ${plan.chart.new} at ${plan.chart.file}:${plan.chart.line}`));
  if (r.diff) {
    core.startGroup(req.dryRun ? 'dry run: the diff that would be committed' : 'diff');
    core.info(r.diff);
    core.endGroup();
  }
  const status = statusLine(r, req);
  core.info(escapeForLog(status));
  for (const n of r.notes) core.info(escapeForLog(n));
  if (r.autoMerge && !r.autoMerge.enabled) core.warning(escapeForLog(`auto-merge was not enabled: ${r.autoMerge.reason ?? 'not allowed'}; the pull request stays open`));

  core.setOutput('changed', String(r.changed));
  core.setOutput('pr-number', r.pull ? String(r.pull.number) : '');
  core.setOutput('pr-url', r.pull?.url ?? '');
  core.setOutput('branch', r.branch ?? '');
  core.setOutput('changes', changesOutput(plan));

  const parts = [`### promote-env: ${r.route.from?.name ?? (req.from.kind === 'ref' ? `ref:${req.from.ref}` : 'new pins')} → ${r.route.to.name}`, '', status, ''];
  if (plan.changes.length > 0 || plan.chart) parts.push(changesTable(plan), '');
  if (plan.unchanged.length > 0) parts.push(`Already up to date: ${plan.unchanged.join(', ')}.`, '');
  if (plan.checks.length > 0) parts.push('Required checks:', '', checksMarkdown(plan), '');
  parts.push('Every environment:', '', driftMarkdown(plan), '');
  for (const n of r.notes) parts.push(`- ${escapeHtml(n)}`);
  if (r.autoMerge && !r.autoMerge.enabled) parts.push(`- Auto-merge is not allowed here (${r.autoMerge.reason ?? 'repository setting'}); the pull request stays open.`);
  await writeSummary(parts.join('\n'));
  if (r.outcome === 'checks') {
    const bad = plan.checks.flatMap((c) => c.states.filter((s) => s.state !== 'success').map((s) => `${s.name} is ${s.state} on ${c.sha.slice(0, 12)}`));
    throw new UserError(`required checks are not green: ${bad.join('; ')}`, { hint: 'wait for them to pass (the table in the job summary lists every check); nothing was written' });
  }
}

function statusLine(r: PromoteResult, req: PromoteRequest): string {
  switch (r.outcome) {
    case 'nothing':
      return `Nothing to promote: ${r.route.to.name} already pins what ${r.plan.sourceLabel} has; no commit, no push, no pull request.`;
    case 'checks':
      return 'Stopped: required checks are not green; nothing was written.';
    case 'dry-run':
      return `Dry run: ${r.plan.files.length} file${r.plan.files.length === 1 ? '' : 's'} would change (diff in the log); nothing was written, pushed or opened.`;
    case 'direct':
      return `Committed ${r.commit?.slice(0, 12)} to ${req.base || r.branch} directly (pushed with a lease).`;
    default: {
      const what = r.pullOutcome === 'created' ? 'Opened' : r.pullOutcome === 'updated' ? 'Updated' : 'Left unchanged';
      const draft = r.draft ? ' (draft)' : '';
      const merge = r.autoMerge?.enabled ? '; auto-merge enabled' : '';
      return `${what} pull request #${r.pull?.number}${draft} from ${r.branch}${r.pushed ? '' : ' (branch already up to date; nothing pushed)'}${merge}: ${r.pull?.url}`;
    }
  }
}

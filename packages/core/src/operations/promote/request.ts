import valid from 'semver/functions/valid.js';
import type { Inputs } from '../../contract/inputs.ts';
import { UserError } from '../../errors.ts';
import { resolveInside } from '../../fs/workspace.ts';
import { DURATION_HINT, parseDuration } from '../../text/duration.ts';
import type { PromoteInputs, ValuesDriftMode } from '../../promote/request.ts';
import type { ValidateMode } from '../../validate/validate.ts';
import type { RenderMode } from '../../config/config.ts';
import type { World } from '../../contract/world.ts';

// The promote-env action and `lockstep promote` load this module first: it reads and checks the inputs
// and the working directory with light modules only. The promotion (the config loader, YAML, git, the
// GitHub client, the registry) is in run.ts, loaded once these passed.

export type { PromoteInputs };

const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
const TAG = /^[\w][\w.-]{0,127}$/;

/** Reads and checks the promote-env inputs once (the action's INPUT_* or the CLI's flags); each error names its input, then the working directory. */
export function promoteRequest(inputs: Inputs, world: World): PromoteInputs {
  const repository = inputs.optional('repository');
  if (repository !== undefined && (!REPOSITORY.test(repository) || repository.includes('..')))
    throw new UserError(`is '${repository}'`, { input: 'repository', hint: 'use owner/name, e.g. acme/gitops-config' });
  const version = inputs.optional('version');
  if (version !== undefined && !TAG.test(version))
    throw new UserError(`is '${version}', not an image tag`, { input: 'version', hint: 'letters, digits, ".", "_" and "-", e.g. v1.2.0' });
  const chartVersion = inputs.optional('chart-version');
  // One exact SemVer 2 version as Helm writes it: `3.12`, `v3.1.2` or a range would be written into the Application as is.
  if (chartVersion !== undefined && valid(chartVersion) !== chartVersion)
    throw new UserError(`is '${chartVersion}', not an exact chart version`, {
      input: 'chart-version',
      hint: 'give one released SemVer version, e.g. 3.1.2 or 4.0.0-rc.1',
    });
  const base = inputs.optional('base');
  if (base !== undefined && (base.startsWith('-') || !/^[A-Za-z0-9._/-]+$/.test(base) || base.includes('..')))
    throw new UserError(`is '${base}', not a branch name`, { input: 'base', hint: 'name the base branch, e.g. main' });
  // record: deployments records what landed on the base instead of promoting: it needs no target.
  const record = inputs.optional('record');
  if (record !== undefined && record !== 'deployments')
    throw new UserError(`is '${record}'`, { input: 'record', hint: 'use deployments, or leave it empty to promote' });
  const soak = inputs.optional('min-soak');
  const minSoak = soak === undefined ? undefined : parseDuration(soak);
  if (soak !== undefined && minSoak === undefined)
    throw new UserError(`is '${soak}', not a duration`, { input: 'min-soak', hint: DURATION_HINT });
  const request: PromoteInputs = {
    workingDirectory: inputs.string('working-directory', '.'),
    config: inputs.optional('config'),
    from: inputs.optional('from'),
    to: record ? (inputs.optional('to') ?? '') : inputs.required('to'),
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
    allowChartDowngrade: inputs.boolean('allow-chart-downgrade', false),
    requireChecks: inputs.list('require-checks'),
    dryRun: inputs.boolean('dry-run', false),
    ...(record ? { record } : {}),
    minSoak,
    wait: inputs.optionalChoice('wait', ['refuse', 'draft'] as const),
    breakGlassLabel: inputs.string('break-glass-label', 'break-glass'),
    commitMode: inputs.optionalChoice('commit-mode', ['git', 'api'] as const),
  };
  const valuesDrift = inputs.optionalChoice<ValuesDriftMode>('values-drift', ['error', 'warn', 'off']);
  if (valuesDrift !== undefined) request.valuesDrift = valuesDrift;
  const validate = inputs.optionalChoice<ValidateMode>('validate', ['error', 'warn', 'off']);
  if (validate !== undefined) request.validate = validate;
  const render = inputs.optionalChoice<RenderMode>('render', ['auto', 'on', 'off']);
  if (render !== undefined) request.render = render;
  const notifyPulls = inputs.optionalBoolean('notify-pulls');
  if (notifyPulls !== undefined) request.notifyPulls = notifyPulls;
  resolveInside(world.workspace, request.workingDirectory, 'working-directory');
  return request;
}

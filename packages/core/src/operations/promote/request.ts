import valid from 'semver/functions/valid.js';
import type { Inputs } from '../../contract/inputs.ts';
import { UserError } from '../../errors.ts';
import { resolveInside } from '../../fs/workspace.ts';
import type { PromoteInputs } from '../../promote/request.ts';
import { readSettings } from '../../settings/read.ts';
import { PROMOTE } from '../../settings/table-promote.ts';
import type { World } from '../../contract/world.ts';
import { webhookProblem } from '../../promote/publish/webhook-url.ts';

// The promote-env action and `lockstep promote` load this module first: it reads and checks the inputs
// and the working directory with light modules only. The promotion (the config loader, YAML, git, the
// GitHub client, the registry) is in run.ts, loaded once these passed.

export type { PromoteInputs };

const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
const TAG = /^[\w][\w.-]{0,127}$/;

/**
 * Reads the promote-env inputs once (the action's INPUT_* or the CLI's flags), each by its declaration
 * (settings/table-promote.ts through settings/read.ts), then checks what the table cannot say: the shapes of
 * repository, version, chart-version, base and record, and `to` required unless recording. Each error
 * names its input, then the working directory.
 */
export function promoteRequest(inputs: Inputs, world: World): PromoteInputs {
  const { to, record, ...read } = readSettings(PROMOTE, inputs);
  const { repository, version, chartVersion, base } = read;
  if (repository !== undefined && (!REPOSITORY.test(repository) || repository.includes('..')))
    throw new UserError(`is '${repository}'`, { input: 'repository', hint: 'use owner/name, e.g. acme/gitops-config' });
  if (version !== undefined && !TAG.test(version))
    throw new UserError(`is '${version}', not an image tag`, { input: 'version', hint: 'letters, digits, ".", "_" and "-", e.g. v1.2.0' });
  // One exact SemVer 2 version as Helm writes it: `3.12`, `v3.1.2` or a range would be written into the Application as is.
  if (chartVersion !== undefined && valid(chartVersion) !== chartVersion)
    throw new UserError(`is '${chartVersion}', not an exact chart version`, {
      input: 'chart-version',
      hint: 'give one released SemVer version, e.g. 3.1.2 or 4.0.0-rc.1',
    });
  if (base !== undefined && (base.startsWith('-') || !/^[A-Za-z0-9._/-]+$/.test(base) || base.includes('..')))
    throw new UserError(`is '${base}', not a branch name`, { input: 'base', hint: 'name the base branch, e.g. main' });
  // record: deployments records what landed on the base instead of promoting: it needs no target.
  if (record !== undefined && record !== 'deployments')
    throw new UserError(`is '${record}'`, { input: 'record', hint: 'use deployments, or leave it empty to promote' });
  // A webhook URL is a secret of its own (a Slack incoming webhook's is its credential): masked, and refused before anything runs when not https.
  if (read.notifyWebhook !== undefined) {
    world.secret(read.notifyWebhook);
    const problem = webhookProblem(read.notifyWebhook);
    if (problem) throw new UserError(problem, { input: 'notify-webhook', hint: 'give the https:// URL of the receiver' });
  }
  // Secrets, masked before these reads (secretInputs): the promotion commit's SSH key (git/signing.ts), the notifications' key.
  const signingKey = inputs.optional('signing-key');
  const notifySecret = inputs.optional('notify-secret');
  if (notifySecret !== undefined) world.secret(notifySecret);
  const request: PromoteInputs = {
    ...read,
    to: record ? (to ?? '') : inputs.required('to'),
    ...(record ? { record } : {}),
    ...(notifySecret !== undefined ? { notifySecret } : {}),
    ...(signingKey !== undefined ? { signingKey } : {}),
  };
  resolveInside(world.workspace, request.workingDirectory, 'working-directory');
  return request;
}

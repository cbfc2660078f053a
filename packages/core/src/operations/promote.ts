import type { Inputs } from '../action/inputs.ts';
import type { FileChange } from '../edits/diff.ts';
import { UserError } from '../errors.ts';
import { resolveInside } from '../fs/workspace.ts';
import type { PromoteRequest } from '../promote/request.ts';
import type { PromoteResult } from '../promote/run.ts';
import type { ChartChange, DriftRow, EnvironmentPins, PinChange } from '../promote/plan.ts';
import type { WorldOptions, WorldSession } from '../promote/world.ts';
import type { Reporter } from '../report/reporter.ts';

// The promote-env action and `lockstep promote`/`status` load this module first: it reads and checks
// the inputs and the working directory with light modules only. The promotion (the config loader,
// YAML, git, the GitHub client, the registry) is in promote-run.ts, imported once those passed.

/** What to promote: the promote-env action's inputs and `lockstep promote`'s flags both become this (the token stays in the world). */
export interface PromoteInputs
  extends Pick<
    PromoteRequest,
    'to' | 'digests' | 'version' | 'resolveDigests' | 'push' | 'chartVersion' | 'repository' | 'verifySource' | 'labels' | 'reviewers' | 'autoMerge' | 'allowSkip' | 'requireChecks' | 'dryRun'
  > {
  workingDirectory: string;
  config?: string;
  /** Raw `from` (an environment or `ref:<sha-or-tag>`); the request holds it parsed. */
  from?: string;
  /** Names from the input; the request holds the configured environments. */
  environments: string[];
  /** Names from the input; the request holds `only` and the configured services. */
  services: string[];
  valuesFile?: string;
  valuesKey?: string;
  /** Undefined: the repository's default branch. */
  base?: string;
  draft: boolean;
}

const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
const TAG = /^[\w][\w.-]{0,127}$/;

/** Reads and checks the promote-env inputs once (the action's INPUT_* or the CLI's flags); each error names its input. */
export function promoteRequest(inputs: Inputs): PromoteInputs {
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
    dryRun: inputs.boolean('dry-run', false),
  };
}

/** The outside world of a promotion: the workspace, the token (masked by the face), masking and progress. */
export interface PromoteOperationWorld {
  workspace: string;
  env: NodeJS.ProcessEnv;
  token?: string;
  /** Registers a secret found on the way (git credentials, a Docker config password). */
  secret(value: string): void;
  reporter: Reporter;
  /** Opens git, GitHub and the registry for the repository promoted in; default promote/world.ts openPromoteWorld. */
  open?: (o: WorldOptions) => Promise<WorldSession>;
}

/** What a promotion did, with the request it ran (for the summary) and the action's outputs. */
export interface PromoteOperationResult extends PromoteResult {
  request: PromoteRequest;
  dryRun: boolean;
  /** The planned edits (the same as plan.files), for the terminal's diff. */
  changes: FileChange[];
  outputs: { changed: string; 'pr-number': string; 'pr-url': string; branch: string; changes: string };
  /** Where the environments were read: `origin/main`, or the local branch when there is no remote. */
  readFrom?: string;
}

/** What `lockstep status` asks: the promote-env inputs that say where the environments and services are. */
export type StatusInputs = Pick<PromoteInputs, 'workingDirectory' | 'config' | 'environments' | 'services' | 'valuesFile' | 'valuesKey' | 'repository' | 'base'>;

/** What the next promotion from one environment to the following one would change. */
export interface NextPromotion {
  from: string;
  to: string;
  changes: PinChange[];
  chart?: ChartChange;
  /** Why it could not be planned (a missing pin, an unreadable file). */
  error?: string;
}

/** Every environment side by side, as the base branch pins them now, and each next promotion. */
export interface StatusResult {
  base: string;
  baseSha?: string;
  /** Where the environments were read: `origin/main`, or the local branch when there is no remote. */
  readFrom?: string;
  environments: string[];
  /** Per service (and `chart version` when Applications are configured): `tag digest` in each environment. */
  rows: DriftRow[];
  next: NextPromotion[];
  /** Each environment's pins in full (tag, whole digest), for `lockstep status --json`. */
  pins: EnvironmentPins[];
}

/** Runs one promotion through promote/run.ts's runPromotion in the opened world. */
export async function runPromote(i: PromoteInputs, world: PromoteOperationWorld): Promise<PromoteOperationResult> {
  resolveInside(world.workspace, i.workingDirectory, 'working-directory');
  const { promoteIn } = await import('./promote-run.ts');
  return promoteIn(i, world);
}

/**
 * The drift table of promote-env without promoting: each adjacent pair is
 * planned as a dry run (no registry, no checks), and each environment's
 * column is taken from a plan that does not target it, or, for a target,
 * from the plan's old pins, so every column shows what the base pins now.
 */
export async function runStatus(i: StatusInputs, world: PromoteOperationWorld): Promise<StatusResult> {
  resolveInside(world.workspace, i.workingDirectory, 'working-directory');
  const { statusIn } = await import('./promote-run.ts');
  return statusIn(i, world);
}

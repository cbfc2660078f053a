import type { Inputs } from '../../contract/inputs.ts';
import type { BreakingMode, ChangelogMode } from '../../checks/types.ts';
import type { RenderMode } from '../../config/config.ts';
import { named, UserError, words } from '../../errors.ts';
import type { World } from '../../contract/world.ts';
import type { ValidateMode } from '../../validate/validate.ts';

// The first module the chart-bump-check action and `lockstep check` load: inputs and the event
// only. The working directory and the paths are resolved by the run, right before git starts.

/** What to check: the chart-bump-check action's inputs (and its event) and `lockstep check`'s flags both become this. */
export interface CheckRequest {
  /** Relative to the workspace. */
  workingDirectory: string;
  config?: string;
  /** The ref or commit compared with. */
  base: string;
  /** The ref or commit checked. */
  head: string;
  /** The pull request's base branch, whose tip the head's versions must also exceed (only when base came from the event). */
  baseBranch?: string;
  /** Chart folders or globs; empty takes the config's `charts`, else every chart. */
  charts: string[];
  /** Globs of values files that must pin every image by digest. */
  protectedGlobs: string[];
  /** Globs of ArgoCD Application files that must pin exact chart versions (added to the config's protected environments' applications). */
  protectedApplications?: string[];
  /** Globs relative to each chart whose changes need no bump; empty takes the config's. */
  ignore: string[];
  breaking: BreakingMode;
  /** Undefined takes the config's, else auto. */
  changelog?: ChangelogMode;
  /** Rendered manifest diffs in the summary (undefined takes the config's render, else auto). */
  render?: RenderMode;
  /** Schema validation of each rendered environment (undefined takes the environment's validate, else by protected). */
  validate?: ValidateMode;
}

/** The pull request (or merge queue) event payload fields the check reads. */
export interface CheckEventPayload {
  pull_request?: { base?: { sha?: string; ref?: string }; head?: { sha?: string } };
  merge_group?: { base_sha?: string; base_ref?: string; head_sha?: string };
}

/**
 * Reads and checks the inputs; base and head default to the pull request's
 * (or merge group's) from the world's event. A terminal has no event: its
 * base and head are always given.
 */
export function checkRequest(inputs: Inputs, world: World): CheckRequest {
  const event = world.event();
  const pr = pullRequestOf(event.payload);
  const baseInput = inputs.optional('base');
  const base = baseInput ?? pr?.base?.sha;
  if (!base && event.problem)
    throw new UserError(`the ${event.name} event file ${event.problem}`, {
      hint: words`run this step in a GitHub Actions job, or set ${named('base')} (and ${named('head')}) to the refs to compare`,
    });
  if (!base)
    throw new UserError('is not set and the event is not a pull request', {
      input: 'base',
      hint: words`set ${named('base')} to the branch, tag or commit to compare with (e.g. ${named('base', 'main')})`,
    });
  return {
    workingDirectory: inputs.string('working-directory', '.'),
    config: inputs.optional('config'),
    base,
    head: inputs.optional('head') ?? pr?.head?.sha ?? 'HEAD',
    baseBranch: baseInput ? undefined : pr?.base?.ref,
    charts: inputs.list('charts'),
    protectedGlobs: inputs.list('protected-values'),
    protectedApplications: inputs.list('protected-applications'),
    ignore: inputs.list('ignore'),
    breaking: inputs.choice<BreakingMode>('breaking', ['error', 'warn', 'off'], 'error'),
    changelog: inputs.optionalChoice<ChangelogMode>('changelog', ['auto', 'required', 'off']),
    render: inputs.optionalChoice<RenderMode>('render', ['auto', 'on', 'off']),
    validate: inputs.optionalChoice<ValidateMode>('validate', ['error', 'warn', 'off']),
  };
}

/** The pull request's base and head, or a merge group's in the same shape (its base branch without refs/heads/). */
function pullRequestOf(payload: CheckEventPayload): CheckEventPayload['pull_request'] {
  const queue = payload.merge_group;
  return (
    payload.pull_request ??
    (queue
      ? { base: { sha: queue.base_sha, ref: queue.base_ref?.replace(/^refs\/heads\//, '') }, head: { sha: queue.head_sha } }
      : undefined)
  );
}

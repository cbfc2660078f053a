import type { Inputs } from '../../contract/inputs.ts';
import type { BumpLevel } from '../../charts/bump.ts';
import { checkBaseRef, parseVersionInput } from '../../charts/inputs.ts';
import { setting, theInput, UserError, words } from '../../errors.ts';
import { resolveWorkingDirectory } from '../../fs/workspace.ts';
import type { World } from '../../contract/world.ts';

// The entry chunk of the bump-chart action loads this module: it reads and checks the inputs and the
// working directory with light modules only. The plan (the config and chart YAML, globs, git, the diff
// library) is in run.ts, loaded once every input passed, so a refused input costs no more than starting Node.

const LEVELS = ['patch', 'minor', 'major'] as const;

/** What to bump: the bump-chart action's inputs and `lockstep bump`'s flags both become this. */
export interface BumpRequest {
  /** Relative to the workspace; checked by bumpRequest to be a folder of a git checkout. */
  workingDirectory: string;
  config?: string;
  /** Chart folders or globs; empty takes the config's `charts`. */
  charts: string[];
  level: BumpLevel;
  /** The ref the level applies to (default: the pull request's base, else the default branch's tip). */
  base?: string;
  version?: string;
  /** A version, or `file` for the config's version file. */
  appVersion?: string;
  changelogEntry?: string;
  cascade: boolean;
  artifacthubChanges: boolean;
  dryRun: boolean;
}

/**
 * Reads and checks the bump inputs (the action's INPUT_* or the CLI's flags,
 * through the same Inputs), then the working directory: it must be a folder
 * of a git checkout inside the workspace, since the level reads the base
 * through git (a missing folder or no checkout is the user's to fix, not a git crash).
 */
export async function bumpRequest(inputs: Inputs, world: World): Promise<BumpRequest> {
  const version = inputs.optional('version');
  const entry = inputs.optional('changelog-entry');
  if (entry !== undefined && /[\r\n]/.test(entry))
    throw new UserError('spans several lines', { input: 'changelog-entry', hint: 'give one line of text' });
  // The runner still passes an input the action no longer declares: say where it went instead of ignoring it.
  if (inputs.optional('chart') !== undefined)
    throw new UserError(words`was renamed to ${theInput('charts')}`, {
      input: 'chart',
      hint: words`${setting('charts')} (the same paths or globs)`,
    });
  const base = inputs.optional('base');
  // A ref is data for git, never an option or a range: checked with the other inputs, before git runs.
  if (base !== undefined) checkBaseRef(base);
  const request: BumpRequest = {
    workingDirectory: inputs.string('working-directory', '.'),
    config: inputs.optional('config'),
    charts: inputs.list('charts'),
    level: inputs.choice('level', LEVELS, 'patch'),
    base,
    version: version === undefined ? undefined : await parseVersionInput(version, 'version'),
    appVersion: inputs.optional('app-version'),
    changelogEntry: entry,
    cascade: inputs.boolean('cascade', true),
    artifacthubChanges: inputs.boolean('artifacthub-changes', false),
    dryRun: inputs.boolean('dry-run', false),
  };
  resolveWorkingDirectory(world.workspace, request.workingDirectory, 'working-directory', world.env);
  return request;
}

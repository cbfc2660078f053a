import type { Inputs } from '../../contract/inputs.ts';
import { checkBaseRef, parseVersionInput } from '../../charts/inputs.ts';
import { setting, theInput, UserError, words } from '../../errors.ts';
import { resolveWorkingDirectory } from '../../fs/workspace.ts';
import type { World } from '../../contract/world.ts';
import { readSettings, type InputsOf } from '../../settings/read.ts';
import { BUMP } from '../../settings/table-bump.ts';

// The entry chunk of the bump-chart action loads this module: it reads and checks the inputs and the
// working directory with light modules only. The plan (the config and chart YAML, globs, git, the diff
// library) is in run.ts, loaded once every input passed, so a refused input costs no more than starting Node.

/**
 * What to bump: the bump-chart action's inputs and `lockstep bump`'s flags both become this, each input read by
 * its declaration (settings/table-bump.ts): charts empty takes the config's `charts`; base is the ref the level
 * applies to (default: the pull request's base, else the default branch's tip); app-version a version, or `file`
 * for the config's version file.
 */
export type BumpRequest = InputsOf<typeof BUMP>;

/**
 * Reads the bump inputs (the action's INPUT_* or the CLI's flags, through the same Inputs) by their
 * declarations, then checks what the table cannot say: one line of changelog entry, the base a ref, the version
 * exact SemVer; then the working directory: it must be a folder of a git checkout inside the workspace, since the
 * level reads the base through git (a missing folder or no checkout is the user's to fix, not a git crash).
 */
export async function bumpRequest(inputs: Inputs, world: World): Promise<BumpRequest> {
  const { version, ...read } = readSettings(BUMP, inputs);
  if (read.changelogEntry !== undefined && /[\r\n]/.test(read.changelogEntry))
    throw new UserError('spans several lines', { input: 'changelog-entry', hint: 'give one line of text' });
  // The runner still passes an input the action no longer declares: say where it went instead of ignoring it.
  if (inputs.optional('chart') !== undefined)
    throw new UserError(words`was renamed to ${theInput('charts')}`, {
      input: 'chart',
      hint: words`${setting('charts')} (the same paths or globs)`,
    });
  // A ref is data for git, never an option or a range: checked with the other inputs, before git runs.
  if (read.base !== undefined) checkBaseRef(read.base);
  const request: BumpRequest = {
    ...read,
    ...(version !== undefined ? { version: await parseVersionInput(version, 'version') } : {}),
  };
  resolveWorkingDirectory(world.workspace, request.workingDirectory, 'working-directory', world.env);
  return request;
}

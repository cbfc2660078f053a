import { posix } from 'node:path';
import type { Inputs } from '../action/inputs.ts';
import { UserError } from '../errors.ts';
import { resolveWorkingDirectory, workspaceRelative } from '../fs/workspace.ts';
import type { BumpLevel, BumpWarning } from '../charts/bump.ts';
import type { BumpEvent } from '../charts/base.ts';
import { checkBaseRef, parseVersionInput } from '../charts/inputs.ts';
import type { GitSpawner } from '../git/objects.ts';
import type { FileChange } from '../edits/diff.ts';
import type { Reporter } from '../report/reporter.ts';
import { relocateErrors } from './world.ts';

// The bump-chart action and `lockstep bump` load this module first: it reads and checks the inputs
// and the working directory with light modules only. The plan (YAML, SemVer, globs, git, the diff
// library) is in bump-run.ts, imported once every input passed, so a refused input costs no more
// than starting Node.

const LEVELS = ['patch', 'minor', 'major'] as const;

/** What to bump: the bump-chart action's inputs and `lockstep bump`'s flags both become this. */
export interface BumpRequest {
  /** Relative to the workspace. */
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

/** Reads and checks the bump inputs (the action's INPUT_* or the CLI's flags, through the same Inputs). */
export function bumpRequest(inputs: Inputs): BumpRequest {
  const version = inputs.optional('version');
  const entry = inputs.optional('changelog-entry');
  if (entry !== undefined && /[\r\n]/.test(entry)) throw new UserError("input 'changelog-entry' spans several lines", { hint: 'give one line of text' });
  // The runner still passes an input the action no longer declares: say where it went instead of ignoring it.
  if (inputs.optional('chart') !== undefined) throw new UserError("input 'chart' was renamed to 'charts'", { hint: 'write charts: under with: (the same paths or globs)' });
  const base = inputs.optional('base');
  // A ref is data for git, never an option or a range: checked with the other inputs, before git runs.
  if (base !== undefined) checkBaseRef(base);
  return {
    workingDirectory: inputs.string('working-directory', '.'),
    config: inputs.optional('config'),
    charts: inputs.list('charts'),
    level: inputs.choice('level', LEVELS, 'patch'),
    base,
    version: version === undefined ? undefined : parseVersionInput(version, 'version'),
    appVersion: inputs.optional('app-version'),
    changelogEntry: entry,
    cascade: inputs.boolean('cascade', true),
    artifacthubChanges: inputs.boolean('artifacthub-changes', false),
    dryRun: inputs.boolean('dry-run', false),
  };
}

/** The outside world a bump reads: the workspace, git, the event that started it, the date, and where progress goes. */
export interface BumpWorld {
  /** Absolute workspace root; working-directory is relative to it. */
  workspace: string;
  /** A git spawner for a folder (default: real git). */
  git?: (cwd: string) => GitSpawner;
  /** The event, for a pull request's base; `problem` says why a pull request event's payload could not be read. */
  event?: { name?: string; payload?: BumpEvent; problem?: string };
  /** YYYY-MM-DD for changelog headings. */
  date: string;
  reporter: Reporter;
  /**
   * A terminal's repository: without a remote (or a commit) the level applies
   * to the local default branch, HEAD's commit, or the work tree, and a line
   * says which. The action fails instead of guessing.
   */
  local?: boolean;
}

/** One bumped chart, as the `charts` output lists it (workspace-relative paths). */
export interface BumpRow {
  path: string;
  name: string;
  'previous-version': string;
  version: string;
  'previous-app-version': string;
  'app-version': string;
  cascaded: boolean;
  files: string[];
}

/** The action's outputs, as strings (JSON ones on one line). */
export interface BumpOutputs {
  version: string;
  'previous-version': string;
  'app-version': string;
  'changed-files': string;
  charts: string;
}

/** What a bump did (or, on a dry run, would do). */
export interface BumpResult {
  outputs: BumpOutputs;
  charts: BumpRow[];
  /** Why versions were left alone or repaired, one line per chart. */
  notes: string[];
  warnings: BumpWarning[];
  /** Every file changed, workspace-relative, with its text before (undefined: new) and after. */
  changes: FileChange[];
  /** The unified diff of `changes`, safe for the runner's log. */
  diff: string;
  dryRun: boolean;
  /** Names the base the levels applied to. */
  base?: string;
}

/** Selects the charts, reads the base versions, plans, checks and writes (unless dry run) every bump. */
export async function runBump(req: BumpRequest, world: BumpWorld): Promise<BumpResult> {
  // The level reads the base through git: a missing folder or no checkout is the user's to fix, not a git crash.
  const root = resolveWorkingDirectory(world.workspace, req.workingDirectory);
  const prefix = workspaceRelative(world.workspace, root);
  const show = (p: string) => (prefix === '' ? p : posix.join(prefix, p));
  try {
    const { bumpIn } = await import('./bump-run.ts');
    return await bumpIn(root, req, world, show);
  } catch (e) {
    throw relocateErrors(e, show);
  }
}


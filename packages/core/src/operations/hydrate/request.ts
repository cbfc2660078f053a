import type { Inputs } from '../../contract/inputs.ts';
import { resolveExistingFolder } from '../../fs/workspace.ts';
import type { World } from '../../contract/world.ts';
import { parseShard, type Shard } from '../../deploy/shard.ts';
import { readSettings, type InputsOf } from '../../settings/read.ts';
import { HYDRATE } from '../../settings/table-hydrate.ts';

// Loaded first by the hydrate-env action and `lockstep hydrate`: the inputs and the working directory, with light
// modules only. The config loader, git and the renderers are in run.ts, loaded once every input passed.

/**
 * What to hydrate: the hydrate-env action's inputs and `lockstep hydrate`'s flags both become this, each input read
 * by its declaration (settings/table-hydrate.ts): mode hydrate writes the proposed branches, check compares each with
 * a fresh render of its drySha; commit, in a check, the hydrated commit to check instead of the proposed branch's tip.
 */
export type HydrateRequest = Omit<InputsOf<typeof HYDRATE>, 'env' | 'shard' | 'workingDirectory'> & {
  /** The working directory, absolute and checked: a folder inside the workspace. */
  workdir: string;
  /** The environments named (`env`); empty: every environment with `hydrate:`. */
  environments: string[];
  /** The key the hydrated commits are SSH-signed with (the secret signing-key: its text; signing-key-file: a file). */
  signingKey?: string;
  /** This job's share of a matrix (shard: i/n): only the chosen environments whose names hash to i. */
  shard?: Shard;
};

/**
 * Reads the hydrate inputs by their declarations, then what the table cannot say: shard as i/n (refused naming
 * shard before the working directory is looked at); then the working directory.
 */
export function hydrateRequest(inputs: Inputs, world: World): HydrateRequest {
  const { env, shard: shardText, workingDirectory, ...read } = readSettings(HYDRATE, inputs);
  const shard = parseShard(shardText);
  // A secret, masked before this read (secretInputs): never a flag, so a terminal gives signing-key-file.
  const signingKey = inputs.optional('signing-key');
  return {
    ...read,
    workdir: resolveExistingFolder(world.workspace, workingDirectory, 'working-directory'),
    environments: env,
    ...(signingKey !== undefined ? { signingKey } : {}),
    ...(shard ? { shard } : {}),
  };
}
